package gen.read;

/** Bounds that keep one hostile file from stalling or exhausting a build. */
public final class Limits {
  /**
   * Larger files are skipped with a message. A saved page with inlined images reaches a few
   * megabytes; the longest news article is a few hundred kilobytes of text. Parsing takes several
   * times a file's size in memory, and several files are read at once.
   */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /**
   * Front matter (the YAML between a text or Markdown file's {@code ---} fences) longer than this,
   * in characters, is not parsed and the file is skipped with a message: real front matter is a
   * few hundred bytes, and the YAML parser's time grows faster than its input's size.
   */
  public static final int MAX_FRONT_MATTER_CHARS = 256 * 1024;

  /** A file still being read and extracted after this long is reported and left out. */
  public static final java.time.Duration PER_FILE_TIME = java.time.Duration.ofSeconds(60);

  private Limits() {}
}
