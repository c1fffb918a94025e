package gen.site;

/**
 * Hears how far a build has come, for progress display. Methods may be called from worker threads
 * and must be cheap; the default does nothing.
 */
public interface BuildListener {
  BuildListener NONE = new BuildListener() {};

  /** Discovery found {@code files} article files to read. */
  default void discovered(int files) {}

  /** One more file was read and extracted (or skipped); {@code done} of {@code total}. */
  default void loaded(int done, int total) {}

  /** One page was rendered, at its site-relative path. */
  default void rendered(String path) {}

  /** Another build of the same output folder is running: this one waits for it to end. */
  default void waiting(java.nio.file.Path output) {}
}
