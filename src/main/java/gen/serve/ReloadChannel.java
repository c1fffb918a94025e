package gen.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events to open browser tabs: each tab keeps one streaming response open, and a
 * {@code reload} event tells every tab to reload. A tab that went away is dropped at the next send.
 */
final class ReloadChannel implements AutoCloseable {
  private final Map<Exchange, OutputStream> clients = new ConcurrentHashMap<>();

  /** Takes over the exchange: sends the stream's headers and keeps it open for events. */
  void subscribe(Exchange exchange) throws IOException {
    exchange.header("Content-Type", "text/event-stream; charset=utf-8");
    exchange.header("Cache-Control", "no-store");
    exchange.header("X-Accel-Buffering", "no");
    OutputStream out = exchange.stream(200);
    // Reconnect quickly after the server restarts; a comment line opens the stream at once.
    synchronized (exchange) {
      out.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    clients.put(exchange, out);
  }

  /** Tells every open tab to reload. */
  void reload(long buildNumber) {
    send("event: reload\ndata: " + buildNumber + "\n\n");
  }

  /** A comment line: keeps idle connections open and finds tabs that were closed. */
  void ping() {
    send(": ping\n\n");
  }

  int clientCount() {
    return clients.size();
  }

  private void send(String event) {
    byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
    clients.forEach((c, out) -> {
      try {
        synchronized (c) {
          out.write(bytes);
          out.flush();
        }
      } catch (IOException e) {
        clients.remove(c);
        c.close();
      }
    });
  }

  @Override
  public void close() {
    clients.keySet().forEach(Exchange::close);
    clients.clear();
  }
}
