package gen.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to open browser tabs: each tab keeps one streaming response open, and a
 * {@code reload} event tells every tab to reload. A tab that went away is dropped at the next send.
 */
final class ReloadChannel implements AutoCloseable {
  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

  /** Takes over the exchange: sends the stream's headers and keeps it open for events. */
  void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    // Reconnect quickly after the server restarts; a comment line opens the stream at once.
    out.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    clients.add(exchange);
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
    for (HttpExchange c : clients) {
      try {
        OutputStream out = c.getResponseBody();
        synchronized (c) {
          out.write(bytes);
          out.flush();
        }
      } catch (IOException e) {
        clients.remove(c);
        c.close();
      }
    }
  }

  @Override
  public void close() {
    for (HttpExchange c : clients) c.close();
    clients.clear();
  }
}
