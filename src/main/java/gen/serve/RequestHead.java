package gen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP/1.x request line and headers, read with a size limit and a deadline: the whole head must
 * arrive by then, however it is spread over packets, so a client that sends a byte a second is cut
 * off when the time is up rather than each time it pauses.
 *
 * @param rawPath the request target's path, still percent-encoded (no query, no fragment)
 * @param headers header names in lower case; a repeated header keeps its last value
 */
record RequestHead(String method, String rawPath, String version, Map<String, String> headers) {

  /** A request gen answers with an error status and closes the connection after. */
  static final class Refused extends IOException {
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Whether the client lets the connection serve another request after this one. */
  boolean keepAlive() {
    String connection = header("connection").orElse("").toLowerCase(Locale.ROOT);
    if (version.equals("HTTP/1.1")) return !connection.contains("close");
    return connection.contains("keep-alive");
  }

  Optional<String> header(String lowerCaseName) {
    return Optional.ofNullable(headers.get(lowerCaseName));
  }

  /** The body's length: 0 when there is none, -1 when it is chunked or its length is not a number. */
  long bodyLength() {
    if (header("transfer-encoding").isPresent()) return -1;
    Optional<String> length = header("content-length");
    if (length.isEmpty()) return 0;
    try {
      long n = Long.parseLong(length.get().strip());
      return n < 0 ? -1 : n;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Reads a head whose first byte was already read.
   *
   * @param deadlineNanos {@link System#nanoTime()} by which the head must be complete
   * @throws SocketTimeoutException when it is not
   * @throws Refused for a head that is malformed or too large
   * @throws java.io.EOFException when the client closes the connection mid-head
   */
  static RequestHead read(int firstByte, InputStream in, Socket socket, long deadlineNanos) throws IOException {
    byte[] head = new byte[ServerLimits.MAX_HEAD_BYTES];
    int n = 0;
    head[n++] = (byte) firstByte;
    // The head ends at the first empty line: CRLF CRLF, or bare LFs from a lenient client.
    while (!endsWithBlankLine(head, n)) {
      if (n == head.length) throw new Refused(431, "request head too large");
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) throw new SocketTimeoutException("request head too slow");
      socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
      int b = in.read();
      if (b < 0) throw new java.io.EOFException("closed mid-request");
      head[n++] = (byte) b;
    }
    return parse(new String(head, 0, n, StandardCharsets.ISO_8859_1));
  }

  private static boolean endsWithBlankLine(byte[] b, int n) {
    if (n >= 2 && b[n - 1] == '\n' && b[n - 2] == '\n') return true;
    return n >= 4 && b[n - 1] == '\n' && b[n - 2] == '\r' && b[n - 3] == '\n' && b[n - 4] == '\r';
  }

  static RequestHead parse(String text) throws Refused {
    String[] lines = text.split("\r?\n");
    String[] parts = lines[0].split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
      throw new Refused(400, "malformed request line");
    }
    Map<String, String> headers = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) continue;
      int colon = lines[i].indexOf(':');
      if (colon <= 0) throw new Refused(400, "malformed header");
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    return new RequestHead(parts[0], pathOf(parts[1]), parts[2], Map.copyOf(headers));
  }

  /** {@code /a/b?q} and {@code http://host/a/b} both give {@code /a/b}. */
  private static String pathOf(String target) {
    String t = target;
    int scheme = t.indexOf("://");
    if (!t.startsWith("/") && scheme > 0) {
      int slash = t.indexOf('/', scheme + 3);
      t = slash < 0 ? "/" : t.substring(slash);
    }
    int cut = t.length();
    for (char c : new char[] {'?', '#'}) {
      int i = t.indexOf(c);
      if (i >= 0 && i < cut) cut = i;
    }
    return t.substring(0, cut);
  }
}
