package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
  @TempDir Path tmp;

  private Path seeds() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: First\ndate: 2024-01-02\n---\n\nBody one.\n");
    Files.writeString(seeds.resolve("b.md"), "---\ntitle: Second\ndate: 2024-01-03\n---\n\nBody two.\n");
    return seeds;
  }

  private Cli.Run build(String... extra) throws Exception {
    Path seeds = seeds();
    String[] base = {"build", "--input", seeds.toString(), "--output", tmp.resolve("site").toString(),
        "--templates", tmp.resolve("none").toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Cli.run(args);
  }

  @Test
  void prints_one_summary_line_with_articles_pages_and_time() throws Exception {
    Cli.Run r = build();
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length, r.out());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Built 2 articles, (\\d+) pages in \\d+\\.\\d s, \\d+ files written").matcher(lines[0]);
    assertTrue(m.matches(), lines[0]);
    // Pages are what the templates rendered: everything in the site but the theme's assets and gen's own files.
    try (var files = Files.walk(tmp.resolve("site"))) {
      long rendered = files.filter(Files::isRegularFile)
          .map(p -> tmp.resolve("site").relativize(p).toString())
          .filter(p -> !p.startsWith("assets/") && !p.startsWith(".")).count();
      assertEquals(rendered, Long.parseLong(m.group(1)));
    }
    // Not a terminal: no progress at all, however slow the machine, only the summary.
    assertEquals("", r.err());
  }

  @Test
  void reports_skipped_files_in_the_summary_and_by_name() throws Exception {
    Path seeds = seeds();
    Files.write(seeds.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
    Cli.Run r = build();
    assertEquals(1, r.exit(), "a skipped file is an error");
    assertTrue(r.err().contains("broken.txt: "), r.err());
    assertTrue(r.out().contains("; 1 skipped"), r.out());
  }

  @Test
  void quiet_prints_only_problems() throws Exception {
    Cli.Run r = build("--quiet");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void a_bad_base_url_is_a_usage_error() throws Exception {
    assertEquals(2, build("--base-url", "not a url").exit());
  }

  @Test
  void a_missing_input_folder_is_one_line_and_exit_1() {
    Cli.Run r = Cli.run("build", "--input", tmp.resolve("nope").toString(), "--output", tmp.resolve("site").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("input folder not found"), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
  }
}
