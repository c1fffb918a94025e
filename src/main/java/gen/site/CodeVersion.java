package gen.site;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      // A Fingerprint, not SHA-256: nothing here needs a cryptographic hash, and loading the
      // security providers cost every build's JVM ~18 ms.
      gen.text.Fingerprint md = new gen.text.Fingerprint();
      List<Path> files;
      if (Files.isDirectory(where)) {
        try (Stream<Path> s = Files.walk(where)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(where);
      }
      for (Path f : files) {
        md.add(f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n");
      }
      return md.hex();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code: a version that matches nothing, so no cache is trusted.
      return "unknown-" + System.nanoTime();
    }
  }
}
