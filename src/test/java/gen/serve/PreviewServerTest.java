package gen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server on a free loopback port, serving a small hand-made site. */
class PreviewServerTest {
  @TempDir Path tmp;
  Path site;
  PreviewServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void setUp() throws Exception {
    site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><h1>Home</h1></body></html>");
    Files.createDirectories(site.resolve("articles"));
    Files.writeString(site.resolve("articles/index.html"), "<html><body>All articles</body></html>");
    Files.writeString(site.resolve("articles/one.html"), "<html><body>One</body></html>");
    Files.createDirectories(site.resolve("assets"));
    Files.writeString(site.resolve("assets/style.css"), "body{}");
    Files.writeString(site.resolve("feed.xml"), "<feed/>");
    Files.writeString(site.resolve("404.html"), "<html><body>Lost? Try the index.</body></html>");
    Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET");
    server = start("/");
  }

  private PreviewServer start(String basePath) throws Exception {
    PreviewServer s = new PreviewServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), basePath);
    s.start();
    return s;
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private HttpResponse<String> get(PreviewServer s, String path) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .timeout(Duration.ofSeconds(20)).build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(server, path);
  }

  /** Sends the request line byte for byte, as no HTTP client library would normalize it. */
  private String raw(String path) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void serves_pages_with_their_content_types() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(home.body().contains("<h1>Home</h1>"));
    assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type").orElseThrow());
    assertEquals("body{}", get("/assets/style.css").body());
    assertEquals("application/xml; charset=utf-8", get("/feed.xml").headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void adds_the_reload_script_to_a_large_page_as_it_is_copied_byte_for_byte() throws Exception {
    // Larger than any block the server copies in, with bytes that are no UTF-8 (kept as they are,
    // not decoded and re-encoded) and a "</body>" before the real one.
    java.io.ByteArrayOutputStream page = new java.io.ByteArrayOutputStream();
    page.writeBytes("<html><body><pre>a </body> in text</pre>".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 200_000; i++) page.write(i % 7 == 0 ? 0xE9 : 'x');
    byte[] head = page.toByteArray();
    byte[] tail = "</BODY></html>\n".getBytes(StandardCharsets.US_ASCII);
    page.writeBytes(tail);
    Files.write(site.resolve("large.html"), page.toByteArray());

    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/large.html")).build();
    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    expected.writeBytes(head);
    expected.writeBytes("<script src=\"/__gen/reload.js\"></script>".getBytes(StandardCharsets.US_ASCII));
    expected.writeBytes(tail);
    assertEquals(200, r.statusCode());
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.toByteArray(), r.body());
    assertEquals(String.valueOf(expected.size()), r.headers().firstValue("Content-Length").orElseThrow());
  }

  @Test
  void serves_index_html_for_folders() throws Exception {
    assertTrue(get("/articles/").body().contains("All articles"));
    HttpResponse<String> noSlash = get("/articles");
    assertEquals(302, noSlash.statusCode());
    assertEquals("/articles/", noSlash.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void injects_the_reload_script_into_served_html_only_never_on_disk() throws Exception {
    assertTrue(get("/articles/one.html").body().contains("<script src=\"/__gen/reload.js\"></script>"));
    HttpResponse<String> script = get("/__gen/reload.js");
    assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(script.body().contains("new EventSource('/__gen/events')"), script.body());
    assertEquals("text/css; charset=utf-8", get("/__gen/overlay.css").headers().firstValue("Content-Type").orElseThrow());
    assertFalse(get("/assets/style.css").body().contains("__gen/"));
    assertEquals("<html><body>One</body></html>", Files.readString(site.resolve("articles/one.html")));
  }

  @Test
  void answers_a_miss_with_the_sites_404_page_and_status_404() throws Exception {
    HttpResponse<String> r = get("/no/such/page.html");
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("Lost? Try the index."));
  }

  @Test
  void answers_a_miss_without_404_html_with_a_plain_page() throws Exception {
    Files.delete(site.resolve("404.html"));
    HttpResponse<String> r = get("/nope");
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("Not found"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/articles/../../secret.txt",
      "/articles/%2e%2e/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "//../secret.txt"})
  void never_serves_a_file_outside_the_site(String path) throws Exception {
    String response = raw(path);
    assertFalse(response.contains("TOP-SECRET"), path + " ->\n" + response);
    assertFalse(response.startsWith("HTTP/1.1 200"), path + " ->\n" + response);
  }

  @Test
  void never_follows_a_symbolic_link_out_of_the_site() throws Exception {
    Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("up"), tmp);
    for (String path : List.of("/leak.txt", "/up/secret.txt")) {
      HttpResponse<String> r = get(path);
      assertEquals(404, r.statusCode(), path);
      assertFalse(r.body().contains("TOP-SECRET"), path);
    }
  }

  @Test
  void answers_head_without_a_body_and_refuses_other_methods() throws Exception {
    HttpRequest head = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/assets/style.css"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<String> r = http.send(head, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build();
    assertEquals(405, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void serves_below_a_base_path() throws Exception {
    try (PreviewServer sub = start("/repo/")) {
      assertTrue(get(sub, "/repo/").body().contains("<h1>Home</h1>"));
      assertTrue(get(sub, "/repo/articles/one.html").body().contains("One"));
      assertEquals(302, get(sub, "/").statusCode());
      assertEquals("/repo/", get(sub, "/").headers().firstValue("Location").orElseThrow());
      assertEquals("/repo/articles/", get(sub, "/repo/articles").headers().firstValue("Location").orElseThrow());
      assertEquals(404, get(sub, "/articles/one.html").statusCode(), "outside the base path");
    }
  }

  @Test
  void handles_a_burst_of_concurrent_requests() throws Exception {
    int requests = 400;
    ExecutorService clients = Executors.newFixedThreadPool(32);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        String path = switch (i % 4) {
          case 0 -> "/";
          case 1 -> "/articles/one.html";
          case 2 -> "/assets/style.css";
          default -> "/missing.html";
        };
        results.add(clients.submit(() -> get(path).statusCode()));
      }
      int ok = 0, missing = 0;
      for (Future<Integer> f : results) {
        int status = f.get(60, TimeUnit.SECONDS);
        if (status == 200) ok++;
        if (status == 404) missing++;
      }
      assertEquals(300, ok);
      assertEquals(100, missing);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void shows_the_error_of_a_first_build_that_failed_and_the_overlay_on_every_page() throws Exception {
    server.buildFailed("article.ftlh:7: <oops>");
    HttpResponse<String> page = get("/articles/one.html");
    assertEquals(200, page.statusCode(), "the previous build is still served");
    assertTrue(page.body().contains("gen-build-error") && page.body().contains("article.ftlh:7: &lt;oops&gt;"), page.body());

    Files.delete(site.resolve("index.html"));
    Files.delete(site.resolve("404.html"));
    HttpResponse<String> nothing = get("/");
    assertEquals(500, nothing.statusCode(), "no site yet: the error is the page");
    assertTrue(nothing.body().contains("article.ftlh:7"), nothing.body());

    server.buildSucceeded();
    assertFalse(get("/articles/one.html").body().contains("gen-build-error"));
  }
}
