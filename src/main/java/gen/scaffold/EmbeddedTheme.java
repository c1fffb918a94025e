package gen.scaffold;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The default theme's files as they are embedded in gen (the jar, or the classes folder in development). */
final class EmbeddedTheme {
  static final String ROOT = "/gen/theme";

  /** Every file of the theme: its path below the theme root ({@code /} separators) to its bytes. */
  static Map<String, byte[]> files() throws IOException {
    var url = EmbeddedTheme.class.getResource(ROOT);
    if (url == null) throw new IOException("the built-in theme is missing from this copy of gen");
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return read(fs.getPath(ROOT));
      }
      return read(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the built-in theme", e);
    }
  }

  private static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Path rel = root.relativize(p);
        StringBuilder name = new StringBuilder();
        for (Path part : rel) {
          if (name.length() > 0) name.append('/');
          name.append(part.toString());
        }
        out.put(name.toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private EmbeddedTheme() {}
}
