package gen.scaffold;

import gen.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/** The default theme's files as they are embedded in gen (the jar, or the classes folder in development). */
final class EmbeddedTheme {
  /** Every file of the theme: its path below the theme root ({@code /} separators) to its bytes. */
  static Map<String, byte[]> files() throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    for (var file : Theme.embeddedFiles().entrySet()) {
      out.put(file.getKey(), Files.readAllBytes(file.getValue().path()));
    }
    if (out.isEmpty()) throw new IOException("the built-in theme is missing from this copy of gen");
    return out;
  }

  private EmbeddedTheme() {}
}
