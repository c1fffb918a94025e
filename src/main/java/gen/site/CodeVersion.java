package gen.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identifies the gen code that is running, so that caches made by another build of gen (whose
 * extraction or templates may differ) are not used: the jar's path, size and modification time,
 * or those of every class file when running from a folder. Cheap: nothing is read.
 */
final class CodeVersion {
  private CodeVersion() {}

  static String current() {
    try {
      Path where = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<Path> files;
      if (Files.isDirectory(where)) {
        try (Stream<Path> s = Files.walk(where)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(where);
      }
      for (Path f : files) {
        md.update((f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | URISyntaxException | RuntimeException | java.security.NoSuchAlgorithmException e) {
      // Unknown code: a version that matches nothing, so no cache is trusted.
      return "unknown-" + System.nanoTime();
    }
  }
}
