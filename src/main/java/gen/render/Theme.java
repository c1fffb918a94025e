package gen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets a site is rendered with: a user's {@code templates/} folder laid over
 * the default theme embedded in the jar, file by file.
 */
public final class Theme {
  static final String EMBEDDED_ROOT = "/gen/theme";

  private final Optional<Path> userDir;

  public Theme(Optional<Path> userDir) {
    this.userDir = userDir.filter(Files::isDirectory);
  }

  public Optional<Path> userDir() {
    return userDir;
  }

  /**
   * Every asset below {@code assets/}, as site-relative path to the bytes' source; a user's file
   * replaces the embedded one of the same name.
   */
  public Map<String, AssetSource> assets() {
    Map<String, AssetSource> out = new TreeMap<>();
    embeddedAssets(out);
    userDir.ifPresent(dir -> listDir(dir.resolve("assets"), "assets/", out));
    return out;
  }

  /** Where an asset's bytes come from. */
  public record AssetSource(Path path) {
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  private static void embeddedAssets(Map<String, AssetSource> out) {
    embeddedRoot().ifPresent(root -> listDir(root.resolve("assets"), "assets/", out));
  }

  /** Every file of the embedded theme, templates and assets, by its path below the theme's root. */
  public static Map<String, AssetSource> embeddedFiles() {
    Map<String, AssetSource> out = new TreeMap<>();
    embeddedRoot().ifPresent(root -> listDir(root, "", out));
    return out;
  }

  /** The embedded theme's folder: inside the jar, or the classes folder when run from a build. */
  private static Optional<Path> embeddedRoot() {
    var url = Theme.class.getResource(EMBEDDED_ROOT);
    if (url == null) return Optional.empty();
    try {
      URI uri = url.toURI();
      if (!uri.getScheme().equals("jar")) return Optional.of(Path.of(uri));
      FileSystem fs;
      try {
        fs = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        fs = FileSystems.newFileSystem(uri, Map.of());
      }
      return Optional.of(fs.getPath(EMBEDDED_ROOT));
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot list the embedded theme", e));
    }
  }

  private static void listDir(Path dir, String prefix, Map<String, AssetSource> out) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .forEach(p -> {
            StringBuilder rel = new StringBuilder(prefix);
            Path r = dir.relativize(p);
            for (int i = 0; i < r.getNameCount(); i++) {
              if (i > 0) rel.append('/');
              rel.append(r.getName(i));
            }
            out.put(rel.toString(), new AssetSource(p));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
