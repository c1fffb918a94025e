package gen.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site folder over HTTP for previewing, optionally below a base path (as GitHub
 * Pages serves a project site below {@code /<repo>/}). HTML responses get the live-reload script
 * and, while the last build failed, an error overlay, added as the page is copied out (a page is
 * never read whole); files on disk are never changed. Only files inside the site folder are ever
 * served. Slow and stuck clients are cut off by the {@link ServerLimits}.
 */
public final class PreviewServer implements AutoCloseable {
  private final SiteFiles files;
  private final String basePath;
  private final HttpConnections http;
  private final ScheduledExecutorService pinger;
  private final ReloadChannel reloads = new ReloadChannel();
  private final AtomicLong buildNumber = new AtomicLong();
  private volatile Optional<String> buildError = Optional.empty();

  /**
   * @param basePath {@code /} or a path such as {@code /repo/} the site is served under
   */
  public PreviewServer(Path site, InetSocketAddress address, String basePath) throws IOException {
    this(site, address, basePath, ServerLimits.DEFAULT);
  }

  public PreviewServer(Path site, InetSocketAddress address, String basePath, ServerLimits limits) throws IOException {
    this.files = new SiteFiles(site);
    this.basePath = normalizeBasePath(basePath);
    this.http = new HttpConnections(address, limits, this::handle);
    this.pinger = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gen-serve-ping"));
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
    return http.address().getPort();
  }

  public InetSocketAddress address() {
    return http.address();
  }

  /** Connections open now, reload streams included. */
  int openConnections() {
    return http.openConnections();
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

  private void handle(Exchange ex) throws IOException {
    try {
      String method = ex.method();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        ex.header("Allow", "GET, HEAD");
        sendText(ex, 405, "text/plain; charset=utf-8", "method not allowed\n", head);
        return;
      }
      String raw = ex.rawPath();
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
      // The browser went away mid-response, or was cut off: nothing to tell anyone.
      ex.close();
    }
  }

  private void notFound(Exchange ex, boolean head) throws IOException {
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

  private void sendFile(Exchange ex, Path file, int status, boolean head) throws IOException {
    String type = ContentTypes.of(file.getFileName().toString());
    // One open file for the length and the bytes: a build that replaces it meanwhile does not
    // change what this response sends.
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      headers(ex, type);
      if (ContentTypes.isHtml(type)) {
        byte[] addition = PageDecorator.addition(buildError);
        long at = PageDecorator.insertionPoint(channel, size);
        OutputStream out = ex.begin(status, size + addition.length);
        if (!head) PageDecorator.copyDecorated(channel, size, at, addition, out);
      } else {
        OutputStream out = ex.begin(status, size);
        if (!head) PageDecorator.copy(channel, 0, size, out);
      }
    }
  }

  private static void sendText(Exchange ex, int status, String type, String body, boolean head) throws IOException {
    headers(ex, type);
    ex.send(status, type, body.getBytes(StandardCharsets.UTF_8), head);
  }

  private static void redirect(Exchange ex, String location) throws IOException {
    ex.header("Location", location);
    ex.begin(302, 0);
  }

  private static void headers(Exchange ex, String type) {
    ex.header("Content-Type", type);
    // A preview must always show the latest build.
    ex.header("Cache-Control", "no-store");
    ex.header("X-Content-Type-Options", "nosniff");
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Stops accepting requests, closes reload streams and the connections under way. */
  @Override
  public void close() {
    pinger.shutdownNow();
    reloads.close();
    http.close();
  }
}
