package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build server and its launcher, in this JVM over real loopback connections: the test plays the
 * launcher that starts the server (the server connects back to it), then the ones that find it by
 * its file in the output folder.
 */
class BuildServerTest {
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final String KEY = "key-of-this-gen";

  @TempDir Path tmp;
  private final List<Integer> halts = new CopyOnWriteArrayList<>();

  @Test
  void runs_the_launchers_build_then_the_next_ones_from_its_file() throws Exception {
    Path input = articles(1);
    Path out = tmp.resolve("site");
    Launcher first = launcher(out, "build", "--input", input.toString(), "--output", out.toString());
    Started server = start(Duration.ofMinutes(1));

    assertEquals(Optional.of(0), first.client.converse(server.accept(), TOKEN));
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertTrue(first.out().startsWith("Built 1 article"), first.out());
    assertTrue(first.err().contains("GEN_NO_SERVER=1"), "a server says it stays: " + first.err());

    Path file = gen.state.StateFolder.of(out).resolve(ServerFile.NAME);
    ServerFile written = ServerFile.read(file.getParent()).orElseThrow();
    assertEquals(TOKEN, written.token());
    assertEquals(KEY, written.key());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

    // The next launcher finds it by its file; the edit shows in its build.
    Files.writeString(input.resolve("a0.txt"), article(0, "Edited headline"));
    Launcher next = launcher(out, "build", "--input", input.toString(), "--output", out.toString());
    assertEquals(Optional.of(0), next.client.byRunningServer());
    assertTrue(next.out().startsWith("Built 1 article"), next.out());
    assertFalse(next.err().contains("GEN_NO_SERVER"), "said once: " + next.err());
    assertTrue(Files.readString(out.resolve("index.html")).contains("Edited headline"));

    // Its exit code and problems are the build's own.
    Launcher failing = launcher(out, "build", "--input", tmp.resolve("missing").toString(), "--output", out.toString());
    assertEquals(Optional.of(1), failing.client.byRunningServer());
    assertTrue(failing.err().contains("missing"), failing.err());

    // It stops when its file goes (its folder was deleted, a newer server took it over).
    Files.delete(file);
    server.done().get(10, TimeUnit.SECONDS);
    assertEquals(List.of(), halts);
  }

  @Test
  void answers_only_a_launcher_with_its_token_and_its_key() throws Exception {
    Path input = articles(1);
    Path out = tmp.resolve("site");
    Launcher first = launcher(out, "build", "-q", "--input", input.toString(), "--output", out.toString());
    Started server = start(Duration.ofMinutes(1));
    assertEquals(Optional.of(0), first.client.converse(server.accept(), TOKEN));
    assertEquals("", first.err(), "quiet: no word of the server either");
    ServerFile file = ServerFile.read(gen.state.StateFolder.of(out)).orElseThrow();

    // A wrong token: the connection is closed unanswered, and the server goes on.
    Launcher stranger = launcher(out, "build", "--input", input.toString(), "--output", out.toString());
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), file.port())) {
      assertEquals(Optional.empty(), stranger.client.converse(s, "f".repeat(32)));
    }
    // Another key (another gen, JVM or folder): refused, so that its launcher starts its own.
    BuildClient other = new BuildClient(gen.state.StateFolder.of(out), "another-key",
        request("another-key", "build", "--input", input.toString(), "--output", out.toString()),
        new ByteArrayOutputStream(), new ByteArrayOutputStream(), pid -> true);
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), file.port())) {
      assertEquals(Optional.empty(), other.converse(s, TOKEN));
    }
    assertEquals(Optional.empty(), other.byRunningServer(), "its file names another key: not even asked");
    // Anything but a build: refused too.
    Launcher init = launcher(out, "init", tmp.resolve("elsewhere").toString());
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), file.port())) {
      assertEquals(Optional.empty(), init.client.converse(s, TOKEN));
    }
    assertFalse(Files.exists(tmp.resolve("elsewhere")));

    Launcher next = launcher(out, "build", "-q", "--input", input.toString(), "--output", out.toString());
    assertEquals(Optional.of(0), next.client.byRunningServer(), "still serving");
    stop(out, server);
  }

  @Test
  void a_file_whose_process_is_not_the_server_is_not_used() throws Exception {
    Path out = tmp.resolve("site");
    Files.createDirectories(gen.state.StateFolder.of(out));
    try (ServerSocket somebodyElse = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertTrue(new ServerFile(somebodyElse.getLocalPort(), TOKEN, KEY, 1).write(gen.state.StateFolder.of(out)));
      BuildClient client = new BuildClient(gen.state.StateFolder.of(out), KEY, request(KEY, "build"),
          new ByteArrayOutputStream(), new ByteArrayOutputStream(), pid -> false);
      somebodyElse.setSoTimeout(200);
      assertEquals(Optional.empty(), client.byRunningServer());
      assertThrows(java.net.SocketTimeoutException.class, somebodyElse::accept, "the request went nowhere");
    }
  }

  @Test
  void stops_the_jvm_when_its_launcher_goes_away_during_the_build() throws Exception {
    Path input = articles(300);
    Path out = tmp.resolve("site");
    Started server = start(Duration.ofMinutes(1));
    try (Socket s = server.accept()) {
      DataOutputStream to = new DataOutputStream(s.getOutputStream());
      request(KEY, "build", "-q", "--input", input.toString(), "--output", out.toString()).withToken(TOKEN).write(to);
      assertEquals(ServerWire.ACCEPTED, s.getInputStream().read());
    } // gone, as a launcher stopped with Ctrl-C
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (halts.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
    assertEquals(130, halts.get(0));
    // Here the halt is only recorded, so the build goes on; its server is then stopped as usual.
    Path file = gen.state.StateFolder.of(out).resolve(ServerFile.NAME);
    while (!server.done().isDone() && !Files.exists(file) && System.nanoTime() < deadline) Thread.sleep(10);
    Files.deleteIfExists(file);
    server.done().handle((r, e) -> null).get(20, TimeUnit.SECONDS);
  }

  @Test
  void stops_when_idle_and_takes_its_file_with_it() throws Exception {
    Path input = articles(1);
    Path out = tmp.resolve("site");
    Launcher first = launcher(out, "build", "-q", "--input", input.toString(), "--output", out.toString());
    Started server = start(Duration.ofMillis(300));
    assertEquals(Optional.of(0), first.client.converse(server.accept(), TOKEN));
    server.done().get(10, TimeUnit.SECONDS);
    assertFalse(Files.exists(gen.state.StateFolder.of(out).resolve(ServerFile.NAME)));
    Launcher late = launcher(out, "build", "-q", "--input", input.toString(), "--output", out.toString());
    assertEquals(Optional.empty(), late.client.byRunningServer());
  }

  @Test
  void a_launcher_uses_a_server_only_to_rebuild_a_folder_and_never_on_ci() throws Exception {
    Path out = tmp.resolve("site");
    String[] args = {"build", "--output", out.toString()};
    List<String> command = List.of("java", "-XX:+UseSerialGC");
    assertTrue(BuildClient.forBuild(args, command, "gen.jar", Map.of()).isEmpty(), "a first build: nothing to rebuild yet");
    Files.createDirectories(gen.state.StateFolder.of(out));
    assertTrue(BuildClient.forBuild(args, command, "gen.jar", Map.of()).isPresent());
    assertTrue(BuildClient.forBuild(args, command, "gen.jar", Map.of("GEN_NO_SERVER", "1")).isEmpty());
    assertTrue(BuildClient.forBuild(args, command, "gen.jar", Map.of("CI", "true")).isEmpty());
    assertTrue(BuildClient.forBuild(args, command, "gen.jar", Map.of("CI", "false")).isPresent());
    assertTrue(BuildClient.forBuild(new String[] {"build", "-qo", out.toString()}, command, "gen.jar", Map.of()).isEmpty(),
        "an output folder not read for sure");
  }

  @Test
  void the_key_tells_apart_what_a_server_cannot_change_for_a_build() {
    List<String> command = List.of("java", "-XX:+UseSerialGC");
    String key = BuildClient.key(command, "gen.jar", tmp.resolve("site"), Map.of());
    assertEquals(key, BuildClient.key(command, "gen.jar", tmp.resolve("site"), Map.of("TERM", "xterm")));
    assertNotEquals(key, BuildClient.key(command, "gen.jar", tmp.resolve("public"), Map.of()));
    assertNotEquals(key, BuildClient.key(List.of("java"), "gen.jar", tmp.resolve("site"), Map.of()));
    assertNotEquals(key, BuildClient.key(command, "gen.jar", tmp.resolve("site"), Map.of("GEN_TIMINGS", "1")));
  }

  @Test
  void quiet_is_read_from_the_arguments() {
    assertTrue(BuildServer.quiet(List.of("build", "-q")));
    assertTrue(BuildServer.quiet(List.of("build", "--quiet")));
    assertTrue(BuildServer.quiet(List.of("build", "-vq")));
    assertFalse(BuildServer.quiet(List.of("build", "--output", "q")));
    assertFalse(BuildServer.quiet(List.of("build", "--", "-q")));
  }

  /** A server thread, connected back to the launcher's socket that {@link #accept} returns. */
  private record Started(ServerSocket callback, CompletableFuture<Boolean> done) {
    Socket accept() throws IOException {
      callback.setSoTimeout(10_000);
      Socket s = callback.accept();
      callback.close();
      return s;
    }
  }

  private Started start(Duration idle) throws IOException {
    ServerSocket callback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    BuildServer server = new BuildServer(TOKEN, KEY, idle, halts::add);
    CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(() -> {
      try {
        return server.serveFirst(new Socket(InetAddress.getLoopbackAddress(), callback.getLocalPort()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, runnable -> new Thread(runnable, "test-build-server").start());
    return new Started(callback, done);
  }

  private static void stop(Path out, Started server) throws Exception {
    Files.deleteIfExists(gen.state.StateFolder.of(out).resolve(ServerFile.NAME));
    server.done().get(10, TimeUnit.SECONDS);
  }

  /** A launcher's client, with what the build prints kept. */
  private record Launcher(BuildClient client, ByteArrayOutputStream stdout, ByteArrayOutputStream stderr) {
    String out() {
      return stdout.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  private static Launcher launcher(Path out, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    BuildClient client = new BuildClient(gen.state.StateFolder.of(out), KEY, request(KEY, args), stdout, stderr, pid -> true);
    return new Launcher(client, stdout, stderr);
  }

  private static ServerWire.Request request(String key, String... args) {
    return new ServerWire.Request("", key, new ArrayList<>(List.of(args)), Map.of("NO_COLOR", "1"), false, "UTF-8");
  }

  private Path articles(int count) throws IOException {
    Path input = Files.createDirectories(tmp.resolve("input"));
    for (int i = 0; i < count; i++) Files.writeString(input.resolve("a" + i + ".txt"), article(i, "Headline number " + i));
    return input;
  }

  private static String article(int i, String title) {
    return title + "\n\nBERLIN, March " + (1 + i % 28) + " (Agency) -- The council met on Tuesday to discuss the "
        + "budget for the coming year, and agreed on a plan after a long debate about schools and roads.\n"
        + "A second paragraph says more about the plan " + i + ", which the mayor called a fair compromise.\n";
  }

  private static <T extends Throwable> void assertThrows(Class<T> type, org.junit.jupiter.api.function.Executable e,
      String message) {
    org.junit.jupiter.api.Assertions.assertThrows(type, e, message);
  }
}
