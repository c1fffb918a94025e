package gen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site folder over HTTP for previewing, optionally below a base path (as GitHub
 * Pages serves a project site below {@code /<repo>/}). HTML responses get the live-reload script
 * and, while the last build failed, an error overlay; files on disk are never changed. Only files
 * inside the site folder are ever served.
 */
public final class PreviewServer implements AutoCloseable {
  private static final int WORKER_THREADS = 16;

  private final SiteFiles files;
  private final String basePath;
  private final HttpServer http;
  private final ExecutorService workers;
  private final ScheduledExecutorService pinger;
  private final ReloadChannel reloads = new ReloadChannel();
  private final AtomicLong buildNumber = new AtomicLong();
  private volatile Optional<String> buildError = Optional.empty();

  /**
   * @param basePath {@code /} or a path such as {@code /repo/} the site is served under
   */
  public PreviewServer(Path site, InetSocketAddress address, String basePath) throws IOException {
    this.files = new SiteFiles(site);
    this.basePath = normalizeBasePath(basePath);
    this.http = HttpServer.create(address, 128);
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(WORKER_THREADS, r -> daemon(r, "gen-serve-" + n.incrementAndGet()));
    this.pinger = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gen-serve-ping"));
    http.setExecutor(workers);
    http.createContext("/", this::handle);
  }

  /** {@code /}, or the given path with one leading and one trailing slash. */
  public static String normalizeBasePath(String path) {
    String p = path.strip();
    if (p.isEmpty() || p.equals("/")) return "/";
    if (!p.startsWith("/")) p = "/" + p;
    if (!p.endsWith("/")) p = p + "/";
    return p;
  }

  public void start() {
    http.start();
    pinger.scheduleAtFixedRate(reloads::ping, 15, 15, TimeUnit.SECONDS);
  }

  public int port() {
    return http.getAddress().getPort();
  }

  public InetSocketAddress address() {
    return http.getAddress();
  }

  public String basePath() {
    return basePath;
  }

  /** A build succeeded: clear any error overlay and reload open tabs. */
  public void buildSucceeded() {
    buildError = Optional.empty();
    reloads.reload(buildNumber.incrementAndGet());
  }

  /** A build failed: show the error over every page and reload open tabs so they show it. */
  public void buildFailed(String message) {
    buildError = Optional.of(message);
    reloads.reload(buildNumber.incrementAndGet());
  }

  int reloadClients() {
    return reloads.clientCount();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(ex, 405, "text/plain; charset=utf-8", "method not allowed\n", head);
        return;
      }
      String raw = ex.getRequestURI().getRawPath();
      if (raw == null || raw.isEmpty()) raw = "/";
      if (raw.equals(PageDecorator.EVENTS_PATH)) {
        reloads.subscribe(ex);
        return; // the stream stays open; ReloadChannel closes it
      }
      if (raw.equals(PageDecorator.SCRIPT_PATH)) {
        sendText(ex, 200, "text/javascript; charset=utf-8", PageDecorator.SCRIPT, head);
        return;
      }
      if (raw.equals(PageDecorator.STYLE_PATH)) {
        sendText(ex, 200, "text/css; charset=utf-8", PageDecorator.STYLE, head);
        return;
      }
      if (!raw.startsWith(basePath)) {
        if (raw.equals("/") || (raw + "/").equals(basePath)) {
          redirect(ex, basePath);
        } else {
          notFound(ex, head);
        }
        return;
      }
      String below = "/" + raw.substring(basePath.length());
      String prefix = basePath.substring(0, basePath.length() - 1);
      SiteFiles.Lookup found = files.lookup(below, prefix);
      if (found instanceof SiteFiles.Found f) {
        sendFile(ex, f.file(), 200, head);
      } else if (found instanceof SiteFiles.Redirect r) {
        redirect(ex, r.location());
      } else {
        // Missing, or a path that tries to leave the site: both look the same from outside.
        notFound(ex, head);
      }
    } catch (IOException e) {
      // The browser went away mid-response: nothing to tell anyone.
      ex.close();
    }
  }

  private void notFound(HttpExchange ex, boolean head) throws IOException {
    Path page = files.root().resolve("404.html");
    if (Files.isRegularFile(page)) {
      sendFile(ex, page, 404, head);
    } else if (buildError.isPresent() && !Files.isRegularFile(files.root().resolve("index.html"))) {
      // No previous build to show: the error is the page, not an overlay that speaks of one.
      String html = PageDecorator.page("Build failed", "The site could not be built yet: " + buildError.get());
      sendText(ex, 500, "text/html; charset=utf-8", PageDecorator.decorate(html, Optional.empty()), head);
    } else {
      String html = PageDecorator.page("Not found", "There is no page at this address.");
      sendText(ex, 404, "text/html; charset=utf-8", PageDecorator.decorate(html, buildError), head);
    }
  }

  private void sendFile(HttpExchange ex, Path file, int status, boolean head) throws IOException {
    String type = ContentTypes.of(file.getFileName().toString());
    if (ContentTypes.isHtml(type)) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      sendText(ex, status, type, PageDecorator.decorate(html, buildError), head);
      return;
    }
    headers(ex, type);
    long size = Files.size(file);
    ex.sendResponseHeaders(status, head ? -1 : (size == 0 ? -1 : size));
    if (!head && size > 0) {
      try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
        in.transferTo(out);
      }
    }
    ex.close();
  }

  private static void sendText(HttpExchange ex, int status, String type, String body, boolean head)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers(ex, type);
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void headers(HttpExchange ex, String type) {
    ex.getResponseHeaders().set("Content-Type", type);
    // A preview must always show the latest build.
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Stops accepting requests, closes reload streams, and waits briefly for responses under way. */
  @Override
  public void close() {
    pinger.shutdownNow();
    reloads.close();
    http.stop(0);
    workers.shutdown();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
  }
}
