package gen.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A build JVM that stays for the next build of the same output folder, as Gradle's and Maven's
 * daemons do. A rebuild's own work on 10,000 articles takes about half of what a new JVM spends
 * on it: the JVM's start, loading classes and compiling the code the first time it runs are most
 * of a rebuild that changes little.
 *
 * <p>The launcher ({@link BuildClient}) starts it with a secret token in its environment and a
 * port to connect back to, and sends it the build to run. After that build the server listens on
 * a loopback port, named with the token in the output folder's state folder
 * ({@link gen.state.StateFolder}, {@link ServerFile}), for the next launcher that builds the same folder with the same gen and
 * JVM ({@link BuildClient#key}). It runs one build at a time, each as its launcher was started
 * (arguments, environment, console), with the build's output sent back as it is written. It stops
 * after {@link #IDLE} without a build, when its file is removed or replaced (the folder deleted, a
 * newer gen), or at once, as a launcher's own JVM would, when the launcher of the build it runs is
 * stopped: the site writer's journal copes with a build cut short.
 */
final class BuildServer {
  static final String PORT_PROPERTY = "gen.buildServerPort";
  static final String KEY_PROPERTY = "gen.buildServerKey";
  /** The environment variable that brings the server its token. */
  static final String TOKEN_VARIABLE = "GEN_BUILD_SERVER_TOKEN";
  static final Duration IDLE = Duration.ofMinutes(10);
  /** How long a connection may take to say who it is, so that nothing keeps the server from its builds. */
  private static final int HELLO_MILLIS = 5_000;
  private static final int CHECK_MILLIS = 1_000;

  private final String token;
  private final String key;
  private final Duration idle;
  /** What stops this JVM when the launcher of the running build is gone; a test's own in tests. */
  private final IntConsumer halt;

  BuildServer(String token, String key, Duration idle, IntConsumer halt) {
    this.token = token;
    this.key = key;
    this.idle = idle;
    this.halt = halt;
  }

  /** In a child JVM started by {@link BuildClient}: the first build, then the next ones. Never returns. */
  static void runChild(int launcherPort, String key) {
    int code = 1;
    try {
      String token = System.getenv(TOKEN_VARIABLE);
      if (token == null || token.length() != BuildClient.TOKEN_CHARS) System.exit(2);
      BuildServer server = new BuildServer(token, key, IDLE, Runtime.getRuntime()::halt);
      Socket launcher = new Socket(InetAddress.getLoopbackAddress(), launcherPort);
      code = server.serveFirst(launcher) ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      // Nothing to tell: the launcher runs the build in a JVM of its own when this one is not heard from.
    }
    System.exit(code);
  }

  /**
   * Runs the launcher's build, then, if its output folder has a state folder, serves the next
   * builds of that folder until idle. Whether it served at all.
   */
  boolean serveFirst(Socket launcher) throws IOException {
    Optional<Served> first = accept(launcher);
    if (first.isEmpty()) return false;
    int code = first.get().run();
    Optional<Path> state = stateFolder(first.get().request());
    // Listening, and named in the folder, before the launcher hears that its build is done: the
    // next build may follow at once.
    try (ServerSocket listening = state.isPresent() ? listen() : null) {
      Optional<ServerFile> file = Optional.empty();
      if (listening != null) {
        ServerFile f = new ServerFile(listening.getLocalPort(), token, key, ProcessHandle.current().pid());
        if (f.write(state.get())) {
          file = Optional.of(f);
          Runtime.getRuntime().addShutdownHook(new Thread(() -> f.deleteIfCurrent(state.get()), "gen-server-file"));
        }
      }
      if (file.isPresent() && !quiet(first.get().request().args())) {
        first.get().note("gen: this build's JVM stays for up to " + idle.toMinutes()
            + " minutes, to make the next builds of this folder faster (GEN_NO_SERVER=1 turns this off)");
      }
      first.get().finish(code);
      if (file.isPresent()) serveUntilIdle(listening, file.get(), state.get());
    }
    return true;
  }

  private static ServerSocket listen() throws IOException {
    ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    s.setSoTimeout(CHECK_MILLIS);
    return s;
  }

  /** Serves builds until the server has been idle for its idle time, or its file is no longer its own. */
  void serveUntilIdle(ServerSocket listening, ServerFile file, Path stateFolder) {
    long idleSince = System.nanoTime();
    collect();
    while (file.isCurrent(stateFolder)) {
      if (System.nanoTime() - idleSince > idle.toNanos()) {
        file.deleteIfCurrent(stateFolder);
        return;
      }
      try (Socket launcher = listening.accept()) {
        Optional<Served> served = accept(launcher);
        if (served.isEmpty()) continue;
        served.get().finish(served.get().run());
        idleSince = System.nanoTime();
        collect();
      } catch (SocketTimeoutException e) {
        // Time to look at the file and the clock again.
      } catch (IOException | RuntimeException e) {
        // That launcher is gone or was not one; the server is as it was.
      }
    }
  }

  /**
   * Reads a launcher's request, and answers whether this server runs it: only a {@code build}, from
   * a launcher that knows the token, for the key this server was started with.
   */
  Optional<Served> accept(Socket launcher) throws IOException {
    launcher.setSoTimeout(HELLO_MILLIS);
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(launcher.getInputStream()));
    ServerWire.FrameWriter out = new ServerWire.FrameWriter(launcher.getOutputStream());
    String offered = in.readUTF();
    if (!MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    ServerWire.Request request = ServerWire.Request.readAfterToken(offered, in);
    // A server runs builds and nothing else, whoever holds the token.
    boolean build = !request.args().isEmpty() && request.args().get(0).equals("build");
    if (!request.key().equals(key) || !build) {
      out.answer(ServerWire.REFUSED);
      return Optional.empty();
    }
    out.answer(ServerWire.ACCEPTED);
    launcher.setSoTimeout(0);
    return Optional.of(new Served(request, launcher.getInputStream(), out, halt));
  }

  /** One accepted build: run it, then tell the launcher its exit code. */
  record Served(ServerWire.Request request, InputStream fromLauncher, ServerWire.FrameWriter out, IntConsumer halt) {
    /**
     * Runs the build with this JVM's standard streams sent to the launcher, and stops the JVM if
     * the launcher goes away before it ends (a launcher sends nothing after its request, so a read
     * that returns is the launcher gone).
     */
    int run() {
      java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
      Thread watch = new Thread(() -> {
        try {
          fromLauncher.read();
        } catch (IOException e) {
          // Closed: the same as an end of stream.
        }
        if (!done.get()) halt.accept(130);
      }, "gen-watch-launcher");
      watch.setDaemon(true);
      watch.start();
      Charset charset = charset(request.charset());
      PrintStream stdout = new PrintStream(out.stream(ServerWire.OUT), true, charset);
      PrintStream stderr = new PrintStream(out.stream(ServerWire.ERR), true, charset);
      PrintStream ownOut = System.out;
      PrintStream ownErr = System.err;
      System.setOut(stdout);
      System.setErr(stderr);
      Invocation.set(new Invocation(request.console(), request.env()));
      try {
        String[] args = request.args().toArray(String[]::new);
        picocli.CommandLine commandLine = GenCommand.commandLine(args);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(stdout, charset), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(stderr, charset), true));
        return commandLine.execute(args);
      } catch (RuntimeException e) {
        stderr.println("gen: build failed: " + e);
        return 1;
      } catch (Error e) {
        // Out of memory, say: told to the launcher, and this JVM is not one to run the next build in.
        stderr.println("gen: build failed: " + e);
        throw e;
      } finally {
        stdout.flush();
        stderr.flush();
        System.setOut(ownOut);
        System.setErr(ownErr);
        Invocation.set(null);
        done.set(true);
      }
    }

    void finish(int code) throws IOException {
      out.exit(code);
    }

    /** A line of the server's own on the launcher's standard error. */
    void note(String line) throws IOException {
      byte[] b = (line + System.lineSeparator()).getBytes(charset(request.charset()));
      out.bytes(ServerWire.ERR, b, 0, b.length);
    }

    private static Charset charset(String name) {
      try {
        return Charset.forName(name);
      } catch (RuntimeException e) {
        return Charset.defaultCharset();
      }
    }
  }

  /** Whether the build was asked to print only problems: {@code -q}, {@code --quiet}, or {@code -q} among other short flags. */
  static boolean quiet(java.util.List<String> args) {
    for (String a : args) {
      if (a.equals("--")) return false;
      if (a.equals("--quiet") || (a.startsWith("-") && !a.startsWith("--") && a.indexOf('q') > 0)) return true;
    }
    return false;
  }

  /** The state folder of the request's output folder, where the server's file goes. */
  private static Optional<Path> stateFolder(ServerWire.Request request) {
    return BuildArgs.outputFolder(request.args().toArray(String[]::new))
        .map(gen.state.StateFolder::of);
  }

  /**
   * Collects the garbage of the build just done while no launcher waits: G1 ({@link
   * BuildJvm#SERVER_FLAGS}) then shrinks the heap to what is alive and hands the rest back to the
   * system, and the next build starts with an empty young generation.
   */
  private static void collect() {
    System.gc();
  }
}
