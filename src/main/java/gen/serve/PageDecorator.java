package gen.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the preview server adds to the HTML it serves (never to the files on disk): a script that
 * listens for reload events and, while the last build failed, an overlay with the error. Both are
 * files of the server's own ({@code /__gen/...}), never inline: a page's Content-Security-Policy
 * may allow only same-origin scripts and styles.
 */
final class PageDecorator {
  static final String PREFIX = "/__gen/";
  static final String EVENTS_PATH = PREFIX + "events";
  static final String SCRIPT_PATH = PREFIX + "reload.js";
  static final String STYLE_PATH = PREFIX + "overlay.css";

  /** Reloads the page when the server says a build finished (or failed: the overlay then shows). */
  static final String SCRIPT =
      "(function () {\n"
          + "  if (!window.EventSource) return;\n"
          + "  var events = new EventSource('" + EVENTS_PATH + "');\n"
          + "  events.addEventListener('reload', function () { events.close(); location.reload(); });\n"
          + "})();\n";

  static final String STYLE =
      "#gen-build-error{position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;"
          + "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffd7d7;border-top:4px solid #e5484d;"
          + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap}\n"
          + "#gen-build-error strong{color:#fff}\n";

  private static final String RELOAD_SCRIPT = "<script src=\"" + SCRIPT_PATH + "\"></script>";

  static String decorate(String html, Optional<String> buildError) {
    String addition = buildError.map(PageDecorator::overlay).orElse("") + RELOAD_SCRIPT;
    int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    if (at < 0) return html + addition;
    return html.substring(0, at) + addition + html.substring(at);
  }

  /** What {@link #decorate} adds to a page, as bytes. */
  static byte[] addition(Optional<String> buildError) {
    return (buildError.map(PageDecorator::overlay).orElse("") + RELOAD_SCRIPT).getBytes(StandardCharsets.UTF_8);
  }

  private static final byte[] CLOSING_BODY = "</body>".getBytes(StandardCharsets.US_ASCII);
  /** The blocks a page is searched and copied in: a page is never held whole. */
  private static final int BLOCK = 64 * 1024;

  /**
   * Where {@link #decorate} would put its addition in a page file: the offset of its last {@code
   * </body>} (in any case), else its end. Searched from the end, a block at a time: the tag is
   * almost always in the last block. Bytes, not text: in UTF-8 the tag's bytes occur nowhere else.
   */
  static long insertionPoint(FileChannel page, long size) throws IOException {
    int overlap = CLOSING_BODY.length - 1;
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK + overlap);
    long end = size; // everything from here on has been searched
    while (end > 0) {
      long start = Math.max(0, end - BLOCK);
      int length = (int) (Math.min(size, end + overlap) - start);
      buffer.clear().limit(length);
      while (buffer.hasRemaining()) {
        if (page.read(buffer, start + buffer.position()) < 0) return size; // shorter than it was
      }
      byte[] b = buffer.array();
      for (int i = length - CLOSING_BODY.length; i >= 0; i--) {
        if (matchesClosingBody(b, i)) return start + i;
      }
      end = start;
    }
    return size;
  }

  private static boolean matchesClosingBody(byte[] b, int at) {
    for (int k = 0; k < CLOSING_BODY.length; k++) {
      int c = b[at + k];
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      if (c != CLOSING_BODY[k]) return false;
    }
    return true;
  }

  /**
   * Copies {@code size} bytes of a page to {@code out} with {@code addition} at {@code at}, a
   * block at a time.
   */
  static void copyDecorated(FileChannel page, long size, long at, byte[] addition, OutputStream out) throws IOException {
    copy(page, 0, at, out);
    out.write(addition);
    copy(page, at, size, out);
  }

  /** Bytes {@code from} to {@code to} of a file, a block at a time. */
  static void copy(FileChannel page, long from, long to, OutputStream out) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
    long position = from;
    while (position < to) {
      buffer.clear().limit((int) Math.min(BLOCK, to - position));
      int read = page.read(buffer, position);
      // The page was cut short while being sent: the response cannot be completed.
      if (read < 0) throw new IOException("page changed while being sent");
      out.write(buffer.array(), 0, read);
      position += read;
    }
  }

  static String overlay(String error) {
    return "<link rel=\"stylesheet\" href=\"" + STYLE_PATH + "\">"
        + "<div id=\"gen-build-error\" role=\"alert\">"
        + "<strong>gen: the last build failed</strong> — showing the previous "
        + "build; save a fix and this page reloads.\n\n"
        + escape(error)
        + "</div>";
  }

  /** A page for when there is nothing else to show: no site built yet, or no 404.html. */
  static String page(String title, String message) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
        + "<body style=\"font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\">"
        + "<h1>" + escape(title) + "</h1><p>" + escape(message) + "</p></body></html>";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private PageDecorator() {}
}
