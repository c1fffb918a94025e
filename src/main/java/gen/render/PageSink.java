package gen.render;

import java.io.IOException;

/** Receives rendered pages one at a time, so a large site is never held in memory whole. */
@FunctionalInterface
public interface PageSink {
  /**
   * @param path site-relative path with {@code /} separators, e.g. {@code articles/x.html}
   */
  void page(String path, String content) throws IOException;
}
