package gen.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's side of a build server ({@link BuildServer}): hands {@code gen build} to the
 * server of its output folder, or starts one, and prints what the build prints.
 */
final class BuildClient {
  /** The token's length: 32 hex digits, 128 random bits. */
  static final int TOKEN_CHARS = 32;
  /** How long a new server may take to connect back before its launcher gives up on it. */
  private static final long START_MILLIS = 20_000;
  private static final int CONNECT_MILLIS = 1_000;

  private final Path stateFolder;
  private final String key;
  /** The request, but for its token, which is the server's. */
  private final ServerWire.Request request;
  private final OutputStream stdout;
  private final OutputStream stderr;
  /** Whether a process is a server started with this client's key (see {@link #isServer}). */
  private final java.util.function.LongPredicate isServer;

  BuildClient(Path stateFolder, String key, ServerWire.Request request, OutputStream stdout, OutputStream stderr,
      java.util.function.LongPredicate isServer) {
    this.stateFolder = stateFolder;
    this.key = key;
    this.request = request;
    this.stdout = stdout;
    this.stderr = stderr;
    this.isServer = isServer;
  }

  /**
   * A client for this build, or none when a server is not for it:
   * <ul>
   *   <li>a first build into a folder: a script that builds many sites into new folders must not
   *       leave a JVM behind for each, so only a rebuild of a folder (its state folder is there)
   *       starts a server;
   *   <li>switched off by {@code GEN_NO_SERVER};
   *   <li>on a CI machine, where a process that stays after a job's last step keeps some CI
   *       systems waiting;
   *   <li>when the output folder cannot be told for sure from the arguments.
   * </ul>
   */
  static Optional<BuildClient> forBuild(String[] args, List<String> javaAndFlags, String jar, Map<String, String> env) {
    if (env.containsKey("GEN_NO_SERVER") || isCi(env)) return Optional.empty();
    Optional<Path> output = BuildArgs.outputFolder(args);
    if (output.isEmpty()) return Optional.empty();
    Path absolute = output.get().toAbsolutePath().normalize();
    Path state = gen.state.StateFolder.of(absolute);
    if (!Files.isDirectory(state, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    String key = key(javaAndFlags, jar, absolute, env);
    Invocation invocation = Invocation.current();
    String charset = System.getProperty("sun.stdout.encoding", java.nio.charset.Charset.defaultCharset().name());
    ServerWire.Request request = new ServerWire.Request("", key, List.of(args), invocation.env(), invocation.console(), charset);
    String keyFlag = "-D" + BuildServer.KEY_PROPERTY + "=" + key;
    return Optional.of(new BuildClient(state, key, request, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), pid -> isServer(pid, keyFlag)));
  }

  private static boolean isCi(Map<String, String> env) {
    String ci = env.get("CI");
    return ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  /**
   * What a server must have been started as to run this build: the same JVM and flags, the same
   * jar ({@link ClassArchive#identity}: its path, size and time, so a rebuilt jar is another gen),
   * the same working folder (for relative paths), the same output folder, the same time zone,
   * locale and charsets (the JVM takes them from the environment it starts in), and the same
   * {@code GEN_TIMINGS}, which the build reads from its own environment.
   */
  static String key(List<String> javaAndFlags, String jar, Path output, Map<String, String> env) {
    StringBuilder id = new StringBuilder();
    for (String part : javaAndFlags) id.append(part).append('\0');
    id.append(ClassArchive.identity(jar)).append('\0');
    id.append(System.getProperty("user.dir")).append('\0').append(output).append('\0');
    id.append(java.util.TimeZone.getDefault().getID()).append('\0').append(java.util.Locale.getDefault()).append('\0');
    id.append(System.getProperty("file.encoding")).append('\0').append(System.getProperty("sun.jnu.encoding")).append('\0');
    id.append(env.containsKey("GEN_TIMINGS"));
    return new gen.text.Fingerprint().add(id.toString()).hex();
  }

  /** The build run by the folder's server, if it has one for this key and it takes the build. */
  Optional<Integer> byRunningServer() {
    Optional<ServerFile> file = ServerFile.read(stateFolder);
    if (file.isEmpty() || !file.get().key().equals(key) || !isServer.test(file.get().pid())) return Optional.empty();
    Socket socket = new Socket();
    try {
      socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), file.get().port()), CONNECT_MILLIS);
      return converse(socket, file.get().token());
    } catch (IOException e) {
      return Optional.empty();
    } finally {
      close(socket);
    }
  }

  /**
   * Starts a new server JVM with this command (java, its flags, the jar) and has it run the build;
   * empty if it did not start or connect, and then the caller runs the build some other way.
   */
  Optional<Integer> byNewServer(List<String> javaAndFlags, String jar) {
    try (ServerSocket callback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      callback.setSoTimeout(100);
      String token = newToken();
      List<String> server = new ArrayList<>(javaAndFlags);
      server.add("-D" + BuildJvm.CHILD_PROPERTY + "=1");
      server.add("-D" + BuildServer.PORT_PROPERTY + "=" + callback.getLocalPort());
      server.add("-D" + BuildServer.KEY_PROPERTY + "=" + key);
      server.add("-jar");
      server.add(jar);
      server.add("build");
      Optional<ProcessHandle> started = start(server, token);
      if (started.isEmpty()) return Optional.empty();
      long deadline = System.currentTimeMillis() + START_MILLIS;
      while (started.get().isAlive() && System.currentTimeMillis() < deadline) {
        try (Socket socket = callback.accept()) {
          return converse(socket, token);
        } catch (SocketTimeoutException e) {
          // Not yet; look again whether it is alive.
        }
      }
      started.get().destroy();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts the server, with the token in its environment (which, unlike its command line, only its
   * owner can read), its own output going nowhere (the build's comes over the connection, and a
   * server must not hold the launcher's terminal or pipe open after the launcher has ended).
   * Where there is a POSIX shell, the server is the shell's background job, not this JVM's child:
   * a JVM waits 0.3 s as it exits for a thread waiting on a child that is still running.
   */
  private static Optional<ProcessHandle> start(List<String> server, String token) throws IOException {
    Path shell = Path.of("/bin/sh");
    boolean posix = java.io.File.separatorChar == '/' && Files.isExecutable(shell);
    List<String> command = new ArrayList<>();
    if (posix) {
      command.addAll(List.of(shell.toString(), "-c", "\"$@\" </dev/null >/dev/null 2>&1 & echo $!", "gen-build-server"));
    }
    command.addAll(server);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put(BuildServer.TOKEN_VARIABLE, token);
    if (!posix) {
      Process p = builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      return Optional.of(p.toHandle());
    }
    Process sh = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String pid = new String(sh.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    try {
      sh.waitFor();
      return ProcessHandle.of(Long.parseLong(pid));
    } catch (InterruptedException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(java.io.File.separatorChar == '/' ? "/dev/null" : "NUL");
  }

  /**
   * Sends the request and prints the build's output; the exit code, or empty if the server did not
   * take the build. A server that stops during the build is reported as a failed build.
   */
  Optional<Integer> converse(Socket socket, String token) throws IOException {
    socket.setTcpNoDelay(true);
    DataOutputStream to = new DataOutputStream(new java.io.BufferedOutputStream(socket.getOutputStream()));
    request.withToken(token).write(to);
    DataInputStream from = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
    int answer = from.read();
    if (answer != ServerWire.ACCEPTED) return Optional.empty();
    while (true) {
      ServerWire.Frame frame;
      try {
        frame = ServerWire.Frame.read(from);
      } catch (IOException e) {
        stderr.write(("gen: the build stopped: its JVM ended before the build did (" + e.getMessage() + ")"
            + System.lineSeparator()).getBytes(java.nio.charset.Charset.defaultCharset()));
        stderr.flush();
        return Optional.of(1);
      }
      switch (frame.kind()) {
        case ServerWire.EXIT -> {
          return Optional.of(frame.exitCode());
        }
        case ServerWire.OUT -> {
          stdout.write(frame.bytes());
          stdout.flush();
        }
        default -> {
          stderr.write(frame.bytes());
          stderr.flush();
        }
      }
    }
  }

  /**
   * Whether the process is alive and a build server started with this key: a server killed
   * leaves its file, and its port may since be another program's, which must not get the request.
   */
  private static boolean isServer(long pid, String keyFlag) {
    Optional<ProcessHandle.Info> info = ProcessHandle.of(pid).map(ProcessHandle::info);
    if (info.isEmpty()) return false;
    Optional<String[]> arguments = info.get().arguments();
    if (arguments.isPresent()) return List.of(arguments.get()).contains(keyFlag);
    // Where a process's arguments cannot be read (some Windows processes): a live java at least.
    return info.get().command().map(c -> c.toLowerCase(java.util.Locale.ROOT).contains("java")).orElse(false);
  }

  /** 128 random bits from the system, without the start-up cost of Java's security providers. */
  private static String newToken() throws IOException {
    byte[] bits = new byte[TOKEN_CHARS / 2];
    Path urandom = Path.of("/dev/urandom");
    if (Files.isReadable(urandom)) {
      try (InputStream in = Files.newInputStream(urandom)) {
        if (in.readNBytes(bits, 0, bits.length) != bits.length) throw new IOException("short read of " + urandom);
      }
    } else {
      new java.security.SecureRandom().nextBytes(bits);
    }
    StringBuilder hex = new StringBuilder(TOKEN_CHARS);
    for (byte b : bits) hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    return hex.toString();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closed either way.
    }
  }
}
