package gen.read;

/** Bounds that keep one hostile file from stalling or exhausting a build. */
public final class Limits {
  /**
   * Larger files are skipped with a message. A saved page with inlined images reaches a few
   * megabytes; the longest news article is a few hundred kilobytes of text. Parsing takes several
   * times a file's size in memory, and several files are read at once.
   */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /** A file still being read and extracted after this long is reported and left out. */
  public static final java.time.Duration PER_FILE_TIME = java.time.Duration.ofSeconds(60);

  private Limits() {}
}
