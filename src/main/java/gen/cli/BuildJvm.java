package gen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code java -jar gen.jar build ...} in a second JVM with flags that suit a batch build, when
 * the user gave the JVM none of their own. A jar cannot choose its JVM's flags, and measured on the
 * benchmark archive the defaults cost much: G1 grows the heap to several times what the build
 * keeps alive (a generational collector of fixed sizes peaks at about a third of G1's RSS, for
 * less CPU on a 2-core machine), and the C2 compiler spends more CPU compiling than a build of
 * minutes gains from it (C1 only: about a third less CPU). The parent JVM does no work but wait, forward the exit code
 * and stop the child if it is itself stopped; the child stops if the parent disappears. Off when
 * the command line or {@code JAVA_TOOL_OPTIONS} / {@code JDK_JAVA_OPTIONS} set JVM options, or
 * {@code GEN_SAME_JVM} is set. A rebuild's child also starts from a class archive kept with the
 * build's state ({@link ClassArchive}), and stays for the next build of the folder as a build
 * server ({@link BuildServer}) unless told not to.
 */
final class BuildJvm {
  static final String CHILD_PROPERTY = "gen.buildJvm";
  /**
   * The parallel collector with fixed generation sizes, C1 only, and a heap that keeps 15-30 %
   * free instead of the default 40-70 %, with a young generation of at most 128 MB: by default
   * the heap is about twice what a large build keeps alive (3.2 GB of RSS for 100,000 articles).
   * The parallel collector sizes its heap as the serial one does once its adaptive sizing is off
   * (which would grow the heap to keep collections under 1 % of the time), and collects on every
   * core: the serial collector's pauses (0.36 s of a 4 s build at 10,000 articles) left one of
   * two cores idle. Measured side by side, 10,000 articles: 3.85-4.14 s against 3.95-4.15 s, a
   * no-change rebuild 0.88-0.92 s against 0.98-1.11 s, ~20 MB more peak RSS. What survives a young
   * collection is old at once ({@code MaxTenuringThreshold=0}): in a build that is the archive,
   * which lives to the end; aged in the survivor spaces first, it was copied up to 15 times (the
   * young collections' pauses grew from 13 to 31 ms as the articles piled up there, 386 ms in all
   * at 10,000 articles against 134 ms). With nothing aged there, a young generation of 128 MB
   * rather than 256 builds as fast and takes ~90 MB less memory at 1,000-10,000 articles.
   */
  static final List<String> FLAGS = List.of(
      "-XX:+UseParallelGC", "-XX:-UseAdaptiveSizePolicy", "-XX:MaxTenuringThreshold=0", "-XX:TieredStopAtLevel=1",
      "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=30", "-XX:MaxNewSize=128m");
  /**
   * A build server's: G1, whose full collection after each build hands the heap's free memory
   * back to the system (the serial collector kept the pages of the largest build: ~470 MB of
   * RSS idle after 10,000-article rebuilds and 1.25 GB after 100,000-article ones, against ~110 and
   * ~270 MB with G1), C1 only, and the same free ratios. Rebuilds are no slower for it (100,000
   * articles, warm, one change: 6.5-7.5 s either way). G1 grows its heap to keep collections
   * under 1/13 of the time by default (a 100,000-article rebuild peaked at 1.9 GB of RSS); a
   * fifth ({@code GCTimeRatio=4}) peaked at 1.7 GB, as fast.
   */
  static final List<String> SERVER_FLAGS = List.of(
      "-XX:+UseG1GC", "-XX:GCTimeRatio=4", "-XX:TieredStopAtLevel=1",
      "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=30");

  private BuildJvm() {}

  /** The child's exit code, or empty when the build should run in this JVM. */
  static Optional<Integer> runInChild(String[] args) {
    if (System.getProperty(CHILD_PROPERTY) != null) {
      String serverPort = System.getProperty(BuildServer.PORT_PROPERTY);
      if (serverPort != null) BuildServer.runChild(Integer.parseInt(serverPort), System.getProperty(BuildServer.KEY_PROPERTY));
      watchParent();
      return Optional.empty();
    }
    if (args.length == 0 || !args[0].equals("build") || BuildArgs.asksForHelpOrVersion(args) || System.getenv("GEN_SAME_JVM") != null
        || System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("JDK_JAVA_OPTIONS") != null) {
      return Optional.empty();
    }
    ProcessHandle.Info info = ProcessHandle.current().info();
    Optional<String> java = info.command();
    Optional<String[]> jvmArgs = info.arguments();
    // Only the plain "java -jar gen.jar build ...": any other shape means someone chose the JVM's setup.
    if (java.isEmpty() || jvmArgs.isEmpty() || jvmArgs.get().length < 2 || !jvmArgs.get()[0].equals("-jar")) {
      return Optional.empty();
    }
    String jar = Path.of(jvmArgs.get()[1]).toAbsolutePath().toString();
    ClassArchive.Plan archive = ClassArchive.plan(args, jar);
    // A build that writes the class archive runs in a JVM of its own: the archive is written as it exits.
    if (archive.written().isEmpty()) {
      Optional<Integer> served = byServer(args, java.get(), jar, archive);
      if (served.isPresent()) return served;
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(FLAGS);
    command.addAll(HeapHint.flags(Runtime.getRuntime().maxMemory()));
    command.addAll(archive.flags());
    command.add("-D" + CHILD_PROPERTY + "=1");
    command.add("-jar");
    command.add(jar);
    command.addAll(List.of(args));
    Process child;
    try {
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Thread stopChild = new Thread(child::destroy, "gen-stop-build");
    Runtime.getRuntime().addShutdownHook(stopChild);
    while (true) {
      try {
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return Optional.of(archive.finish(code));
      } catch (InterruptedException e) {
        // Keep waiting: the shutdown hook stops the child if this JVM is being stopped.
      } catch (IllegalStateException e) {
        return Optional.of(child.exitValue()); // shutting down already
      }
    }
  }

  /** The build run by the output folder's build server, or by a new one; empty when there is none for it. */
  private static Optional<Integer> byServer(String[] args, String java, String jar, ClassArchive.Plan archive) {
    List<String> javaAndFlags = new ArrayList<>();
    javaAndFlags.add(java);
    javaAndFlags.addAll(SERVER_FLAGS);
    javaAndFlags.addAll(archive.flags());
    Optional<BuildClient> client = BuildClient.forBuild(args, javaAndFlags, jar, System.getenv());
    if (client.isEmpty()) return Optional.empty();
    Optional<Integer> code = client.get().byRunningServer();
    return code.isPresent() ? code : client.get().byNewServer(javaAndFlags, jar);
  }

  /** In the child: if the parent is killed, stop as it would have been (the writer's journal copes). */
  private static void watchParent() {
    ProcessHandle.current().parent().ifPresent(parent ->
        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
  }
}
