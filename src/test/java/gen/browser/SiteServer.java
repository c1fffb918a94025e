package gen.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A static file server for a built site on 127.0.0.1 (random port) under a sub-path, the way
 * GitHub Pages serves a project site under {@code /<repo>/}. Every request that was not answered
 * with 200 is remembered, so a test can fail on a page that asked for something missing.
 */
final class SiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "xml", "application/xml; charset=utf-8",
          "txt", "text/plain; charset=utf-8",
          "png", "image/png",
          "jpg", "image/jpeg",
          "ico", "image/x-icon");

  private final HttpServer server;
  private final Path root;
  private final String prefix;
  private final List<String> failures = new CopyOnWriteArrayList<>();

  SiteServer(Path root, String prefix) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The site's address, ending with the sub-path and {@code /}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  /** Requests answered with anything but 200, as "404 /path". */
  List<String> failures() {
    return List.copyOf(failures);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = null;
      if (path.startsWith(prefix)) {
        Path candidate = root.resolve(path.substring(prefix.length())).normalize();
        if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
        if (candidate.startsWith(root) && Files.isRegularFile(candidate)) file = candidate;
      }
      if (file == null) {
        failures.add("404 " + path);
        byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(404, body.length);
        ex.getResponseBody().write(body);
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      byte[] body = Files.readAllBytes(file);
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.sendResponseHeaders(200, -1);
        return;
      }
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
