package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.read.FrontMatter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path tmp;

  @Test
  void writes_a_dated_markdown_file_with_front_matter_and_prints_its_path() throws Exception {
    Path seeds = tmp.resolve("seeds");
    Cli.Run r = Cli.run("new", "Floods: \"3 dead\" in the north", "--input", seeds.toString(),
        "--date", "2024-05-03", "--source", "bbc.co.uk", "--tag", "weather", "--tag", "floods");
    assertEquals(0, r.exit(), r.err());
    Path file = seeds.resolve("2024-05-03-floods-3-dead-in-the-north.md");
    assertEquals(file.toString(), r.out().strip());
    FrontMatter fm = FrontMatter.split(Files.readString(file)).frontMatter();
    assertEquals("Floods: \"3 dead\" in the north", fm.string("title").orElseThrow());
    assertEquals("2024-05-03", fm.string("date").orElseThrow());
    assertEquals("bbc.co.uk", fm.string("source").orElseThrow());
    assertEquals(java.util.List.of("weather", "floods"), fm.strings("tags"));
    assertTrue(fm.has("authors"), "an empty authors list to fill in");
    assertEquals(java.util.List.of(), fm.strings("authors"));
  }

  @Test
  void uses_today_by_default() {
    Cli.Run r = Cli.run("new", "Morning briefing", "--input", tmp.toString());
    assertEquals(0, r.exit(), r.err());
    // Run just before midnight, "today" may have moved on by the assertion: accept either day.
    LocalDate after = LocalDate.now();
    boolean found = Files.exists(tmp.resolve(after + "-morning-briefing.md"))
        || Files.exists(tmp.resolve(after.minusDays(1) + "-morning-briefing.md"));
    assertTrue(found, r.out());
  }

  @Test
  void refuses_to_overwrite_an_existing_article() throws Exception {
    Path existing = tmp.resolve("2024-05-03-budget-passes.md");
    Files.writeString(existing, "my work");
    Cli.Run r = Cli.run("new", "Budget passes", "--input", tmp.toString(), "--date", "2024-05-03");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("already exists"), r.err());
    assertEquals("my work", Files.readString(existing));
  }

  @Test
  void a_blank_headline_is_a_usage_error() {
    assertEquals(2, Cli.run("new", "  ", "--input", tmp.toString()).exit());
    assertEquals(2, Cli.run("new", "--input", tmp.toString()).exit());
  }

  @Test
  void a_bad_date_is_a_usage_error() {
    Cli.Run r = Cli.run("new", "Budget", "--input", tmp.toString(), "--date", "May 3");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--date"), r.err());
  }
}
