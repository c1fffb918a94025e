package gen.read;

/** Bounds that keep one hostile file from stalling or exhausting a build. */
public final class Limits {
  /** Larger files are skipped with a message. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private Limits() {}
}
