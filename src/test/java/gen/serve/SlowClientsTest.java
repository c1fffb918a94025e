package gen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send slowly, wait, or stop reading, against the preview server on 127.0.0.1: a
 * bounded number of raw sockets, each test over in seconds.
 */
class SlowClientsTest {
  /** Short limits, so that the tests see them act. */
  static final ServerLimits QUICK =
      new ServerLimits(Duration.ofMillis(800), Duration.ofMillis(800), Duration.ofMillis(800), 64);

  @TempDir Path tmp;
  Path site;
  final List<Socket> sockets = new ArrayList<>();
  final List<PreviewServer> servers = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><h1>Home</h1></body></html>");
    Files.write(site.resolve("big.bin"), new byte[8 * 1024 * 1024]);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (Socket s : sockets) s.close();
    for (PreviewServer s : servers) s.close();
  }

  private PreviewServer start(ServerLimits limits) throws IOException {
    PreviewServer s = new PreviewServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/", limits);
    servers.add(s);
    s.start();
    return s;
  }

  private Socket connect(PreviewServer server) throws IOException {
    Socket s = new Socket();
    sockets.add(s);
    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
    s.setSoTimeout(10_000);
    return s;
  }

  /** A whole GET on a connection of its own; the response's status line, or the failure. */
  private String get(PreviewServer server, String path) throws IOException {
    try (Socket s = connect(server)) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.lines().findFirst().orElse("");
    } catch (SocketTimeoutException e) {
      return "timed out";
    }
  }

  private static void send(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
  }

  /** Everything the server sends until it closes the connection. */
  private static String untilClosed(Socket s) throws IOException {
    return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void clients_that_stall_mid_request_do_not_keep_others_from_being_served() throws Exception {
    PreviewServer server = start(ServerLimits.DEFAULT);
    for (int i = 0; i < 24; i++) send(connect(server), "GET / HTTP/1.1\r\nHost: x\r\n");
    Thread.sleep(300); // every stalled head has reached the server
    assertEquals("HTTP/1.1 200 OK", get(server, "/"));
  }

  @Test
  void stalled_downloads_do_not_keep_others_from_being_served() throws Exception {
    PreviewServer server = start(ServerLimits.DEFAULT);
    for (int i = 0; i < 20; i++) {
      Socket s = connect(server);
      s.setReceiveBufferSize(4096);
      send(s, "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n"); // and never read
    }
    Thread.sleep(300);
    assertEquals("HTTP/1.1 200 OK", get(server, "/"));
  }

  @Test
  void a_request_head_sent_a_byte_at_a_time_is_cut_off_at_the_header_timeout() throws Exception {
    PreviewServer server = start(QUICK);
    Socket s = connect(server);
    String request = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(100) + "\r\n\r\n";
    long start = System.nanoTime();
    int sent = 0;
    try {
      // Never a pause as long as the timeout, yet the head as a whole takes far longer.
      for (; sent < request.length(); sent++) {
        send(s, request.substring(sent, sent + 1));
        Thread.sleep(50);
      }
    } catch (IOException e) {
      // cut off: the server closed the connection
    }
    String answer = untilClosed(s);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(sent < request.length(), "the whole head was taken in " + millis + " ms");
    assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer);
    assertTrue(millis < 4_000, millis + " ms");
  }

  @Test
  void an_idle_connection_is_closed_at_the_idle_timeout() throws Exception {
    PreviewServer server = start(QUICK);
    Socket quiet = connect(server);
    Socket kept = connect(server);
    send(kept, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    long start = System.nanoTime();
    assertEquals("", untilClosed(quiet));
    String answer = untilClosed(kept);
    assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
    assertTrue(answer.contains("<h1>Home</h1>"), answer);
    assertTrue((System.nanoTime() - start) / 1_000_000 < 4_000);
    waitForConnections(server, 0);
  }

  @Test
  void a_download_the_client_stopped_reading_is_closed_at_the_write_stall_timeout() throws Exception {
    PreviewServer server = start(QUICK);
    Socket s = connect(server);
    s.setReceiveBufferSize(4096);
    send(s, "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n");
    Thread.sleep(200);
    assertEquals(1, server.openConnections());
    waitForConnections(server, 0);
  }

  @Test
  void a_kept_alive_connection_serves_several_requests() throws Exception {
    PreviewServer server = start(QUICK);
    Socket s = connect(server);
    send(s, "GET / HTTP/1.1\r\nHost: x\r\n\r\nHEAD /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String answer = untilClosed(s);
    assertEquals(2, answer.split("HTTP/1.1 200 OK", -1).length - 1, answer);
  }

  @Test
  void connections_over_the_limit_are_answered_503_at_once() throws Exception {
    PreviewServer server = start(new ServerLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), 2));
    send(connect(server), "G");
    send(connect(server), "G");
    waitForConnections(server, 2);
    assertEquals("HTTP/1.1 503 Service Unavailable", get(server, "/"));
  }

  @Test
  void a_malformed_or_oversized_request_head_is_refused() throws Exception {
    PreviewServer server = start(QUICK);
    Socket bad = connect(server);
    send(bad, "NONSENSE\r\n\r\n");
    assertTrue(untilClosed(bad).startsWith("HTTP/1.1 400"));
    Socket huge = connect(server);
    try {
      send(huge, "GET / HTTP/1.1\r\nX-Big: " + "a".repeat(ServerLimits.MAX_HEAD_BYTES) + "\r\n\r\n");
    } catch (IOException e) {
      // refused before it was all sent
    }
    assertTrue(untilClosed(huge).startsWith("HTTP/1.1 431"));
  }

  private static void waitForConnections(PreviewServer server, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.openConnections() != expected && System.nanoTime() < deadline) Thread.sleep(20);
    assertEquals(expected, server.openConnections());
  }
}
