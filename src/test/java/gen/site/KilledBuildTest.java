package gen.site;

import gen.state.StateFolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import gen.state.StateFolder;
import gen.write.SiteWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code gen build} as a separate JVM over a large archive whose every page changes, kills
 * it with {@code SIGKILL} at several moments (while reading, while staging, as soon as the swap
 * begins, inside the swap), and checks each time that the previous site is complete and
 * byte-identical: at once when the swap had not begun, after the rollback the next start does
 * when it had.
 */
class KilledBuildTest {
  private static final int ARTICLES = 800;
  @TempDir Path tmp;

  @Test
  void a_killed_build_leaves_the_previous_site_complete() throws Exception {
    Path input = tmp.resolve("in");
    Path out = tmp.resolve("site");
    writeArchive(input, "first");
    inProcessBuild(input, out);
    Files.writeString(out.resolve("CNAME"), "news.example.org\n");
    Files.createDirectories(out.resolve(".git"));
    Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
    previous = snapshot(out);

    writeArchive(input, "second"); // every page of the next build differs
    Path cleanNext = tmp.resolve("next");
    inProcessBuild(input, cleanNext);
    next = snapshot(cleanNext);
    next.put("CNAME", previous.get("CNAME"));
    next.put(".git/HEAD", previous.get(".git/HEAD"));
    List<String> beside = beside();

    Path staged = out.resolve(".gen-staging/new/articles");
    Path journal = out.resolve(".gen-staging/journal");
    Path aside = out.resolve(".gen-staging/old/articles");
    List<String> outcomes = new ArrayList<>();
    outcomes.add(killAndCheck(input, out, "300 ms after start", p -> sleep(300)));
    outcomes.add(killAndCheck(input, out, "when staging begins", p -> waitFor(p, () -> Files.isDirectory(staged))));
    outcomes.add(killAndCheck(input, out, "1 s into staging", p -> {
      waitFor(p, () -> Files.isDirectory(staged));
      sleep(1000);
    }));
    outcomes.add(killAndCheck(input, out, "when the swap journal appears", p -> waitFor(p, () -> Files.exists(journal))));
    outcomes.add(killAndCheck(input, out, "inside the swap", p -> waitFor(p, () -> Files.isDirectory(aside))));
    outcomes.add(killAndCheck(input, out, "20 ms into the swap", p -> {
      waitFor(p, () -> Files.isDirectory(aside));
      sleep(20);
    }));
    System.out.println("KilledBuildTest: " + String.join("; ", outcomes));
    assertEquals(beside, beside(), "nothing written beside the output folder");

    // A build left alone completes, and gives the same site as a clean build of the same input.
    Process done = gen(input, out).start();
    assertTrue(done.waitFor(10, TimeUnit.MINUTES));
    assertEquals(0, done.exitValue());
    Path clean = tmp.resolve("clean");
    inProcessBuild(input, clean);
    Map<String, String> rebuilt = snapshot(out);
    assertEquals("news.example.org\n", Files.readString(out.resolve("CNAME")));
    rebuilt.remove("CNAME");
    rebuilt.remove(".git/HEAD");
    assertSameSite(snapshot(clean), rebuilt, "completed build");
    assertFalse(Files.exists(out.resolve(".gen-staging")));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".gen")).toList(),
          "after the kills and a build, the folder holds only the site");
    }
  }

  private Map<String, String> previous;
  private Map<String, String> next;

  interface KillPoint {
    void await(Process p) throws Exception;
  }

  private String killAndCheck(Path input, Path out, String when, KillPoint point) throws Exception {
    Process p = gen(input, out).start();
    point.await(p);
    p.destroyForcibly();
    p.waitFor(1, TimeUnit.MINUTES);
    boolean swapBegun = Files.exists(out.resolve(".gen-staging/journal"));
    Map<String, String> site = snapshot(out);
    String outcome;
    if (swapBegun) {
      assertTrue(SiteWriter.recover(out), when);
      assertSameSite(previous, snapshot(out), "killed " + when + " mid-swap, after the rollback");
      outcome = "mid-swap, rolled back to the previous site";
    } else if (site.equals(next)) {
      outcome = "after the swap completed (new site whole)";
      restorePrevious(input, out);
    } else {
      assertSameSite(previous, site, "killed " + when + " before the swap");
      outcome = "before the swap, previous site untouched";
    }
    assertSameSite(previous, snapshot(out), "killed " + when);
    return when + ": " + outcome;
  }

  private static void assertSameSite(Map<String, String> expected, Map<String, String> actual, String message) {
    if (expected.equals(actual)) return;
    List<String> diff = new ArrayList<>();
    for (String k : new java.util.TreeSet<>(expected.keySet())) {
      if (!actual.containsKey(k)) diff.add("missing " + k);
      else if (!expected.get(k).equals(actual.get(k))) diff.add("changed " + k);
    }
    for (String k : actual.keySet()) if (!expected.containsKey(k)) diff.add("extra " + k);
    org.junit.jupiter.api.Assertions.fail(message + ": " + diff.size() + " differences, e.g. " + diff.subList(0, Math.min(5, diff.size())));
  }

  private void restorePrevious(Path input, Path out) throws Exception {
    writeArchive(input, "first");
    inProcessBuild(input, out);
    writeArchive(input, "second");
  }

  private ProcessBuilder gen(Path input, Path out) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(java, "-Xmx256m", "-cp", cp, "gen.cli.Main", "build", "-q", "--title", "Archive", "--jobs", "2",
            "--input", input.toString(), "--output", out.toString(), "--templates", tmp.resolve("none").toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("gen.log").toFile());
  }

  private static void inProcessBuild(Path input, Path out) throws Exception {
    new SiteBuilder().build(
        new BuildOptions(input, out, input.resolve("no-templates"), Optional.empty(), "Archive", false, false, 2),
        new Diagnostics());
  }

  private static void writeArchive(Path dir, String edition) throws IOException {
    Files.createDirectories(dir);
    StringBuilder body = new StringBuilder();
    for (int s = 0; s < 12; s++) {
      body.append("The council met again on Tuesday to discuss the harbour budget, edition ")
          .append(edition).append(", and sentence ").append(s).append(" of the report.\n");
    }
    for (int i = 0; i < ARTICLES; i++) {
      String text = "Harbour report number " + i + " of the " + edition + " edition\n\n" + body;
      Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "a%05d.txt", i)), text);
    }
  }

  /** Every file of the site with a hash of its content, gen's staging folder left out, and the manifest. */
  private static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(f).toString().replace(File.separatorChar, '/');
        if (rel.startsWith(".gen-staging/")) continue;
        out.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    // The manifest, kept in the state folder, goes with the site it lists.
    Path manifest = StateFolder.of(root).resolve(StateFolder.MANIFEST);
    if (Files.exists(manifest)) out.put("(manifest)", HexFormat.of().formatHex(sha.digest(Files.readAllBytes(manifest))));
    return out;
  }

  private List<String> beside() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("gen.log")).sorted().toList();
    }
  }

  private static void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  private static void waitFor(Process p, java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (p.isAlive() && !condition.getAsBoolean() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(100_000); // poll often without taking a core
    }
  }
}
