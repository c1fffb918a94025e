package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar gen.jar build} as a user runs it, in real processes: the launcher, the build
 * JVM it starts, and the build server a rebuild leaves. The jar is a manifest-only one whose
 * class path is this test's (the real jar is made after the tests).
 */
class BuildServerProcessTest {
  @TempDir Path tmp;
  private final List<Long> servers = new ArrayList<>();

  /** Whatever happened, no server of this test outlives it. */
  @AfterEach
  void stopServers() {
    ServerFile.read(gen.state.StateFolder.of(tmp.resolve("site"))).ifPresent(f -> servers.add(f.pid()));
    for (long pid : servers) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void a_rebuild_leaves_a_server_that_runs_the_next_builds() throws Exception {
    assumeTrue(File.separatorChar == '/', "the server is started through /bin/sh");
    Path jar = launcherJar();
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(input.resolve("a.txt"), article("First headline"));
    Path out = tmp.resolve("site");
    Path serverFile = gen.state.StateFolder.of(out).resolve(ServerFile.NAME);

    Run first = gen(jar, Map.of(), "build", "-i", input.toString(), "-o", out.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().startsWith("Built 1 article"), first.out());
    assertFalse(Files.exists(serverFile), "a first build into a folder leaves no server");

    Run second = gen(jar, Map.of(), "build", "-i", input.toString(), "-o", out.toString());
    assertEquals(0, second.exit(), second.err());
    assertTrue(second.out().startsWith("Built 1 article"), second.out());
    assertTrue(second.err().contains("GEN_NO_SERVER=1"), second.err());
    long pid = ServerFile.read(serverFile.getParent()).orElseThrow().pid();
    servers.add(pid);
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

    Files.writeString(input.resolve("a.txt"), article("Second headline"));
    Run third = gen(jar, Map.of(), "build", "-q", "-i", input.toString(), "-o", out.toString());
    assertEquals(0, third.exit(), third.err());
    assertEquals("", third.out() + third.err());
    assertTrue(Files.readString(out.resolve("index.html")).contains("Second headline"));
    assertEquals(pid, ServerFile.read(serverFile.getParent()).orElseThrow().pid(), "run by the same server");

    Run failing = gen(jar, Map.of(), "build", "-i", tmp.resolve("missing").toString(), "-o", out.toString());
    assertEquals(1, failing.exit());
    assertTrue(failing.err().contains("missing"), failing.err());

    Run own = gen(jar, Map.of("GEN_NO_SERVER", "1"), "build", "-q", "-i", input.toString(), "-o", out.toString());
    assertEquals(0, own.exit(), own.err());
    assertEquals(pid, ServerFile.read(serverFile.getParent()).orElseThrow().pid(), "left alone");

    Files.delete(serverFile);
    Optional<ProcessHandle> server = ProcessHandle.of(pid);
    if (server.isPresent()) server.get().onExit().get(20, TimeUnit.SECONDS);
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "stopped once its file went");
  }

  /**
   * Two builds of one output folder from different inputs, the second started while the first
   * runs, each in a build server of its own (the case of two launchers that find no server yet,
   * or of {@code serve} beside {@code build}), many times over: both succeed, the folder holds the
   * whole site of one of them, and the state they leave is that site's, so that the next
   * incremental build gives what a clean build gives. Builds of one folder used to overlap: one
   * build saved its search state after the other had committed, tied to the other's site, and
   * every later build patched the wrong index.
   */
  @Test
  void two_builds_of_one_folder_at_once_leave_a_whole_site_and_its_own_state() throws Exception {
    assumeTrue(File.separatorChar == '/', "the server is started through /bin/sh");
    Path jar = launcherJar();
    Path x = archive("x", "harbour");
    Path y = archive("y", "mountain");
    Map<String, String> cleanX = cleanBuild(jar, x, "clean-x");
    Map<String, String> cleanY = cleanBuild(jar, y, "clean-y");
    Path out = tmp.resolve("site");
    Run first = gen(jar, Map.of("GEN_NO_SERVER", "1"), "build", "-q", "-i", x.toString(), "-o", out.toString());
    assertEquals(0, first.exit(), first.err());
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 4; round++) {
      stopServerOf(out);
      Path[] order = round % 2 == 0 ? new Path[] {x, y} : new Path[] {y, x};
      Process a = start(jar, order[0], out, "a" + round);
      Thread.sleep(300 + random.nextInt(1500));
      Process b = start(jar, order[1], out, "b" + round);
      for (Process p : List.of(a, b)) assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a build did not end");
      String said = Files.readString(tmp.resolve("a" + round + ".txt")) + Files.readString(tmp.resolve("b" + round + ".txt"));
      assertEquals(0, a.exitValue(), said);
      assertEquals(0, b.exitValue(), said);
      assertFalse(said.contains(".tmp") || said.contains("failed"), said);
      Map<String, String> site = snapshot(out);
      assertTrue(site.equals(cleanX) || site.equals(cleanY), "round " + round + ": the whole site of one of the builds");

      Run again = gen(jar, Map.of(), "build", "-q", "-i", x.toString(), "-o", out.toString());
      assertEquals(0, again.exit(), again.err());
      assertEquals(cleanX, snapshot(out), "round " + round + ": a rebuild after two builds at once, against a clean build");
    }
  }

  /** An archive of 40 short articles; the same file names in every archive, the words its own. */
  private Path archive(String name, String word) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (int i = 0; i < 40; i++) {
      Files.writeString(dir.resolve(String.format("a%02d.txt", i)),
          article("The " + word + " report number " + i) + "It names the " + word + i + " project and the " + name + "-only " + word
              + " fund.\n");
    }
    return dir;
  }

  private Map<String, String> cleanBuild(Path jar, Path input, String name) throws Exception {
    Path out = tmp.resolve(name);
    Run run = gen(jar, Map.of("GEN_NO_SERVER", "1"), "build", "-q", "-i", input.toString(), "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    return snapshot(out);
  }

  private Process start(Path jar, Path input, Path out, String log) throws IOException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "build", "-q", "-i", input.toString(), "-o", out.toString());
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    for (String variable : List.of("CI", "GEN_NO_SERVER", "GEN_SAME_JVM", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "GEN_TIMINGS")) {
      pb.environment().remove(variable);
    }
    return pb.redirectErrorStream(true).redirectOutput(tmp.resolve(log + ".txt").toFile()).start();
  }

  /** Stops the folder's build server, so that the next two launchers each start one. */
  private void stopServerOf(Path out) throws Exception {
    Optional<ServerFile> file = ServerFile.read(gen.state.StateFolder.of(out));
    if (file.isEmpty()) return;
    Files.deleteIfExists(gen.state.StateFolder.of(out).resolve(ServerFile.NAME));
    Optional<ProcessHandle> server = ProcessHandle.of(file.get().pid());
    if (server.isPresent()) {
      server.get().destroyForcibly();
      server.get().onExit().get(30, TimeUnit.SECONDS);
    }
  }

  /** Every file of a folder, by path, with a hash of its content. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), new gen.text.Fingerprint().add(Files.readAllBytes(f)).hex());
      }
    }
    return files;
  }

  private record Run(int exit, String out, String err) {}

  private Run gen(Path jar, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    Map<String, String> env = pb.environment();
    for (String name : List.of("CI", "GEN_NO_SERVER", "GEN_SAME_JVM", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "GEN_TIMINGS")) {
      env.remove(name);
    }
    env.putAll(extraEnv);
    Path stdout = Files.createTempFile(tmp, "out", ".txt");
    Path stderr = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gen " + String.join(" ", args) + " did not end");
    // This class path has log4j (a test library's), which Freemarker finds and warns about; gen.jar has none.
    String err = Files.readString(stderr).lines().filter(l -> !l.startsWith("log4j:"))
        .map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
    return new Run(p.exitValue(), Files.readString(stdout), err);
  }

  /** A jar with gen's main class and this test's class path, as {@code java -jar} needs. */
  private Path launcherJar() throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, "gen.cli.Main");
    StringBuilder classPath = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isEmpty()) continue;
      classPath.append(Path.of(entry).toAbsolutePath().toUri()).append(' ');
    }
    main.put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
    Path jar = tmp.resolve("gen.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.flush();
    }
    // As mvn package leaves one beside gen.jar. Without it a rebuild would write a class archive
    // of its own, in a JVM of its own; this class path's folders cannot be archived, so every
    // rebuild would try again. The JVM ignores an archive it cannot read.
    Files.writeString(tmp.resolve("gen.jsa"), "not a class archive");
    return jar;
  }

  private static String article(String title) {
    return title + "\n\nBERLIN, March 3 (Agency) -- The council met on Tuesday to discuss the budget for the "
        + "coming year, and agreed on a plan after a long debate about schools and roads.\n"
        + "A second paragraph says more about the plan, which the mayor called a fair compromise.\n";
  }
}
