package gen.read;

import java.util.Locale;
import java.util.Optional;

/** The input formats gen reads, recognised by file extension. */
public enum Format {
  TEXT("txt"),
  MARKDOWN("md", "markdown"),
  HTML("html", "htm");

  private final String[] extensions;

  Format(String... extensions) {
    this.extensions = extensions;
  }

  public static Optional<Format> of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      for (String e : f.extensions) {
        if (e.equals(ext)) return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
