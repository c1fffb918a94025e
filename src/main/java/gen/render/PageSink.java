package gen.render;

import java.io.IOException;

/** Receives rendered pages one at a time, so a large site is never held in memory whole. */
@FunctionalInterface
public interface PageSink {
  /**
   * @param path site-relative path with {@code /} separators, e.g. {@code articles/x.html}
   */
  void page(String path, String content) throws IOException;

  /**
   * Keeps the page the previous build wrote at {@code path} as it is, when the sink can; a page
   * whose inputs did not change need not be rendered again. Returns false when it cannot (the
   * page is then rendered and passed to {@link #page}).
   */
  default boolean keep(String path) throws IOException {
    return false;
  }

  /** Whether {@link #keep} would keep {@code path}; asks without keeping it. */
  default boolean canKeep(String path) throws IOException {
    return false;
  }
}
