package gen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import gen.render.RenderException;
import gen.site.BuildOptions;
import gen.site.SiteBuilder;
import gen.write.OutputRefusedException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole serve loop in-process: a real build, a real file watcher, a browser-like event-stream
 * client. Waits are generous polls, never timing assertions: machines here are shared and slow.
 */
class LivePreviewTest {
  private static final long PATIENCE_SECONDS = 60;

  @TempDir Path tmp;
  Path seeds;
  Path templates;
  Path site;
  LivePreview preview;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void setUp() throws Exception {
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    templates = Files.createDirectories(tmp.resolve("templates"));
    site = tmp.resolve("site");
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: First headline\ndate: 2024-01-02\n---\n\nThe first body.\n");
    BuildOptions options = new BuildOptions(seeds, site, templates, Optional.empty(), "Live", false, false, 2);
    PreviewServer server = new PreviewServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/");
    preview = new LivePreview(server, List.of(seeds, templates), List.of(site), () -> build(options));
    preview.start();
  }

  private static Optional<String> build(BuildOptions options) {
    try {
      new SiteBuilder().build(options, new Diagnostics());
      return Optional.empty();
    } catch (RenderException | OutputRefusedException | IOException e) {
      return Optional.of(e.getMessage());
    }
  }

  @AfterEach
  void tearDown() throws Exception {
    preview.close();
  }

  private String page(String path) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.server().port() + path))
        .timeout(Duration.ofSeconds(20)).build();
    return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Opens the event stream as a browser tab would; lines arrive in the queue. */
  private BlockingQueue<String> openEventStream() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.server().port() + PageDecorator.EVENTS_PATH)).build();
    CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response =
        http.sendAsync(req, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<java.util.stream.Stream<String>> r = response.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    Thread reader = new Thread(() -> {
      try {
        r.body().forEach(lines::add);
      } catch (RuntimeException e) {
        // stream closed when the server stops
      }
    }, "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
    assertEquals(": connected", awaitLine(lines, l -> l.startsWith(":")));
    return lines;
  }

  private static String awaitLine(BlockingQueue<String> lines, java.util.function.Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && wanted.test(line)) return line;
    }
    return null;
  }

  private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) return;
      Thread.sleep(100);
    }
    throw new AssertionError("gave up waiting: " + what);
  }

  private boolean pageContains(String path, String text) {
    try {
      return page(path).contains(text);
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void builds_before_serving() throws Exception {
    assertTrue(page("/").contains("First headline"));
    assertTrue(page("/").contains("/__gen/reload.js"), "served with the reload script");
    assertFalse(Files.readString(site.resolve("index.html")).contains("__gen/"), "never on disk");
  }

  @Test
  void rebuilds_on_a_change_and_tells_open_tabs_to_reload() throws Exception {
    BlockingQueue<String> events = openEventStream();
    Files.writeString(seeds.resolve("b.md"), "---\ntitle: Dropped-in article\ndate: 2024-02-03\n---\n\nNew body.\n");
    assertNotNull(awaitLine(events, l -> l.equals("event: reload")), "a reload event after the change");
    eventually("the new article on the index", () -> pageContains("/", "Dropped-in article"));
  }

  @Test
  void shows_a_template_error_in_the_browser_keeps_serving_and_recovers() throws Exception {
    BlockingQueue<String> events = openEventStream();
    Files.writeString(templates.resolve("index.ftlh"), "<#if>never closed");
    assertNotNull(awaitLine(events, l -> l.equals("event: reload")));
    eventually("the error overlay", () -> pageContains("/", "gen-build-error"));
    String broken = page("/");
    assertTrue(broken.contains("index.ftlh:1"), broken);
    assertTrue(broken.contains("First headline"), "the previous build is still served");

    Files.delete(templates.resolve("index.ftlh"));
    eventually("the overlay gone after the fix", () -> !pageContains("/", "gen-build-error") && pageContains("/", "First headline"));
  }

  @Test
  void changes_in_the_output_folder_do_not_trigger_builds() throws Exception {
    BlockingQueue<String> events = openEventStream();
    Files.writeString(site.resolve("stray.txt"), "x");
    // A real change afterwards: the first event seen must be its reload, numbered after the first build only.
    Files.writeString(seeds.resolve("c.md"), "---\ntitle: Third\n---\n\nBody.\n");
    assertNotNull(awaitLine(events, l -> l.equals("event: reload")));
    String data = awaitLine(events, l -> l.startsWith("data: "));
    assertEquals("data: 2", data, "build 1 at start, build 2 for c.md, none for the output folder");
  }

  @Test
  void the_served_folder_holds_only_the_site_and_gens_bookkeeping_is_never_served() throws Exception {
    try (java.util.stream.Stream<Path> s = Files.walk(site)) {
      assertEquals(List.of(), s.map(p -> site.relativize(p).toString()).filter(r -> r.startsWith(".gen")).toList());
    }
    // What a build in progress stages, and what earlier versions kept in the folder.
    Files.createDirectories(site.resolve(".gen-staging/new"));
    Files.writeString(site.resolve(".gen-staging/new/index.html"), "<p>staged, not yet the site</p>");
    Files.writeString(site.resolve(".gen-manifest"), "0123 index.html\n");
    Files.createDirectories(site.resolve(".gen-cache"));
    Files.writeString(site.resolve(".gen-cache/build-server"), "8123\nsecret-token\nkey\n1\n");
    for (String path : List.of("/.gen-staging/new/index.html", "/.gen-manifest", "/.gen-cache/build-server", "/.gen-cache/")) {
      HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.server().port() + path))
          .timeout(Duration.ofSeconds(20)).build();
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode(), path);
      assertFalse(r.body().contains("secret-token") || r.body().contains("staged, not yet"), path);
    }
  }

  @Test
  void a_failed_first_build_is_shown_as_such_and_the_fix_is_served() throws Exception {
    preview.close();
    Path fresh = tmp.resolve("fresh-site");
    Files.writeString(templates.resolve("index.ftlh"), "<#if>never closed");
    BuildOptions options = new BuildOptions(seeds, fresh, templates, Optional.empty(), "Live", false, false, 2);
    PreviewServer server = new PreviewServer(fresh, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/");
    preview = new LivePreview(server, List.of(seeds, templates), List.of(fresh), () -> build(options));
    preview.start();
    String failed = page("/");
    assertTrue(failed.contains("index.ftlh:1"), failed);
    assertFalse(failed.contains("showing the previous"), "there is no previous build to show: " + failed);

    Files.delete(templates.resolve("index.ftlh"));
    eventually("the fixed build served", () -> pageContains("/", "First headline") && !pageContains("/", "gen-build-error"));
  }
}
