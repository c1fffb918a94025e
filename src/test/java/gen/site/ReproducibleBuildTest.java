package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.Diagnostics;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same archive built three ways gives byte-identical sites: in this JVM; in one with a Turkish
 * locale ({@code LANG=tr_TR.UTF-8}, where "TITLE".toLowerCase() has a dotless ı), the time zone
 * of Kiritimati (UTC+14) and one thread, from a copy of the input made in reverse file order at
 * another path; and in one with {@code LANG=C}, Newfoundland's half-hour time zone and three threads.
 * Every file of the site is compared (the output folder holds nothing else).
 */
class ReproducibleBuildTest {
  @TempDir Path tmp;

  @Test
  void builds_are_byte_identical_whatever_locale_time_zone_threads_or_file_order() throws Exception {
    Path in = HostileArchive.create(tmp.resolve("in"), false);
    Files.writeString(in.resolve("turkish-case.md"),
        "---\ntitle: TITLE WITH AN I IN IT\ntags: [INTERNATIONAL, İstanbul, DIŞ]\nsource: WIRE.COM\n---\nINSIDE THE CITY, IT IS QUIET.\n");
    Path reversed = copyInReverseOrder(in, tmp.resolve("other/place/in"));

    Path a = tmp.resolve("a");
    HostileArchive.build(in, a, new Diagnostics());
    Path b = tmp.resolve("b");
    subprocessBuild(reversed, b, "tr_TR.UTF-8", "tr", "TR", "Pacific/Kiritimati", 1);
    Path c = tmp.resolve("c");
    subprocessBuild(in, c, "C", "en", "US", "America/St_Johns", 3);

    Map<String, String> expected = snapshot(a);
    assertEquals(List.of(), differences(expected, snapshot(b)), "Turkish locale, UTC+14, one thread, reversed copy");
    assertEquals(List.of(), differences(expected, snapshot(c)), "C locale, UTC-3:30, three threads");
    assertEquals(true, expected.size() > 20, "pages built: " + expected.size());
  }

  private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    List<String> diff = new ArrayList<>();
    expected.forEach((k, v) -> {
      if (!actual.containsKey(k)) diff.add("missing " + k);
      else if (!actual.get(k).equals(v)) diff.add("differs " + k);
    });
    actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> diff.add("extra " + k));
    return diff;
  }

  /** Files created in the opposite order, so a directory listing returns them differently; times kept. */
  private static Path copyInReverseOrder(Path from, Path to) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(from)) {
      files = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
    }
    for (Path p : files) {
      Path target = to.resolve(from.relativize(p).toString());
      Files.createDirectories(target.getParent());
      if (Files.isSymbolicLink(p)) Files.createSymbolicLink(target, Files.readSymbolicLink(p));
      else if (Files.isRegularFile(p)) Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return to;
  }

  private void subprocessBuild(Path in, Path out, String lang, String language, String country, String tz, int jobs)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder pb =
        new ProcessBuilder(java, "-Duser.language=" + language, "-Duser.country=" + country, "-Duser.timezone=" + tz,
                "-cp", cp, "gen.cli.Main", "build", "-q", "--title", "Hostile", "--jobs", String.valueOf(jobs),
                "--input", in.toString(), "--output", out.toString(), "--templates", in.resolve("no-templates").toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("gen-" + out.getFileName() + ".log").toFile());
    pb.environment().put("LANG", lang);
    pb.environment().put("LC_ALL", lang);
    pb.environment().put("TZ", tz);
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
    // Exit 1 is expected: the archive holds bad files. Anything else is a crash.
    assertEquals(1, p.exitValue(), Files.readString(tmp.resolve("gen-" + out.getFileName() + ".log")));
  }

  private static Map<String, String> snapshot(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(f).toString().replace(File.separatorChar, '/');
        // The build cache names input paths (the copies live in different folders); the site does not.
        out.put(rel,
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }
}
