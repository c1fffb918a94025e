package gen.serve;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its response. A response has a known length and leaves the connection open for
 * the next request (when the client wants that), or is a stream that stays open until its owner
 * closes it ({@link #stream}).
 */
final class Exchange {
  private final Socket socket;
  private final OutputStream out;
  private final RequestHead request;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Runnable onStreamClosed;
  private boolean keepAlive;
  private boolean streaming;

  Exchange(Socket socket, OutputStream out, RequestHead request, boolean keepAlive, Runnable onStreamClosed) {
    this.socket = socket;
    this.out = out;
    this.request = request;
    this.keepAlive = keepAlive;
    this.onStreamClosed = onStreamClosed;
  }

  String method() {
    return request.method();
  }

  String rawPath() {
    return request.rawPath();
  }

  /** Sets a response header (before the response is begun). */
  Exchange header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Sends the status line and headers, announcing {@code length} bytes of body (sent or not: a
   * HEAD response announces what a GET would send), and returns where the body goes. The body
   * must be exactly that long; {@link #finish} ends the response.
   */
  OutputStream begin(int status, long length) throws IOException {
    headers.put("Content-Length", Long.toString(length));
    writeHead(status);
    return out;
  }

  /** A whole response with this body (none for HEAD). */
  void send(int status, String type, byte[] body, boolean head) throws IOException {
    header("Content-Type", type);
    OutputStream sink = begin(status, body.length);
    if (!head) sink.write(body);
    finish();
  }

  /** Flushes the response; the connection is then free for the next request. */
  void finish() throws IOException {
    out.flush();
  }

  /**
   * Begins a response without a length that stays open for events: the connection is the
   * caller's until it calls {@link #close}.
   */
  OutputStream stream(int status) throws IOException {
    keepAlive = false;
    streaming = true;
    writeHead(status);
    out.flush();
    return out;
  }

  /** Closes the connection (a stream's owner, or a response cut short). */
  void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing more to do
    }
    if (streaming) onStreamClosed.run();
  }

  boolean keepAlive() {
    return keepAlive;
  }

  boolean streaming() {
    return streaming;
  }

  private void writeHead(int status) throws IOException {
    headers.put("Connection", keepAlive ? "keep-alive" : "close");
    StringBuilder sb = new StringBuilder(256);
    sb.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    sb.append("\r\n");
    out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 302 -> "Found";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  /** A buffer over the watched socket output, one per connection. */
  static OutputStream buffered(OutputStream watched) {
    return new BufferedOutputStream(watched, 16 * 1024);
  }
}
