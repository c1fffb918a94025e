package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path tmp;

  private Path seeds() throws Exception {
    return Files.createDirectories(tmp.resolve("seeds"));
  }

  private Cli.Run check(Path seeds, String... extra) {
    String[] base = {"check", "--input", seeds.toString(), "--templates", tmp.resolve("none").toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return Cli.run(args);
  }

  @Test
  void a_clean_archive_passes_with_a_summary() throws Exception {
    Path seeds = seeds();
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: Fine\ndate: 2024-01-02\nsource: example.org\n---\n\nA body.\n");
    Cli.Run r = check(seeds);
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("Checked 1 article in 1 file: 0 errors, 0 warnings, 0 info", r.out().strip());
    assertTrue(Files.notExists(tmp.resolve("site")), "check writes no site");
  }

  @Test
  void warnings_pass_unless_strict() throws Exception {
    Path seeds = seeds();
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: No date\nsource: example.org\n---\n\nA body.\n");
    Cli.Run r = check(seeds);
    assertEquals(0, r.exit());
    assertTrue(r.out().contains(seeds.resolve("a.md") + ": warning: no publication date"), r.out());
    assertEquals(1, check(seeds, "--strict").exit());
  }

  @Test
  void an_unreadable_file_is_an_error_and_exit_1() throws Exception {
    Path seeds = seeds();
    Files.write(seeds.resolve("blob.txt"), new byte[] {0, 0, 1, 2, 0, 3});
    Cli.Run r = check(seeds);
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains(seeds.resolve("blob.txt") + ": error: "), r.out());
  }

  @Test
  void json_is_one_document_with_every_finding() throws Exception {
    Path seeds = seeds();
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: Undated\n---\n\nA body.\n");
    Cli.Run r = check(seeds, "--json");
    assertEquals(0, r.exit());
    JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals(1, doc.get("articles").getAsInt());
    assertEquals(2, doc.get("warnings").getAsInt(), r.out());
    var codes = new java.util.ArrayList<String>();
    doc.getAsJsonArray("findings").forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString()));
    assertTrue(codes.contains("no-date") && codes.contains("no-source"), codes.toString());
    JsonObject first = doc.getAsJsonArray("findings").get(0).getAsJsonObject();
    assertEquals(seeds.resolve("a.md").toString(), first.get("file").getAsString());
    assertEquals("warning", first.get("level").getAsString());
  }

  @Test
  void a_missing_input_folder_is_exit_1() {
    Cli.Run r = check(tmp.resolve("nope"));
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("input folder not found"), r.err());
  }

  @Test
  void a_template_error_is_reported_as_an_error() throws Exception {
    Path seeds = seeds();
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: Fine\ndate: 2024-01-02\nsource: example.org\n---\n\nA body.\n");
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(templates.resolve("article.ftlh"), "<#if>broken");
    Cli.Run r = Cli.run("check", "--input", seeds.toString(), "--templates", templates.toString());
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("article.ftlh: error: article.ftlh:1"), r.out());
  }

  @Test
  void a_missing_name_in_a_template_is_named_the_same_in_text_and_json() throws Exception {
    Path seeds = seeds();
    Files.writeString(seeds.resolve("a.md"), "---\ntitle: Fine\ndate: 2024-01-02\nsource: example.org\n---\n\nA body.\n");
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(templates.resolve("article.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.page title=article.title>\n<h1>${article.titel}</h1>\n</@layout.page>\n");
    String expected = "article.ftlh:3:7: 'article.titel' is missing (did you mean 'title'?)";
    Cli.Run text = Cli.run("check", "--input", seeds.toString(), "--templates", templates.toString());
    assertTrue(text.out().contains("article.ftlh: error: " + expected), text.out());
    Cli.Run json = Cli.run("check", "--input", seeds.toString(), "--templates", templates.toString(), "--json");
    assertTrue(json.out().contains("\"message\": \"" + expected.replace("'", "\\u0027") + "\"")
        || json.out().contains("\"message\": \"" + expected + "\""), json.out());
    Cli.Run build = Cli.run("build", "--input", seeds.toString(), "--templates", templates.toString(),
        "--output", tmp.resolve("site").toString());
    assertEquals(1, build.exit());
    assertEquals("gen: " + expected, build.err().strip());
  }

  @Test
  void an_article_that_still_holds_the_placeholder_of_gen_new_is_a_warning() throws Exception {
    Path seeds = seeds();
    Cli.Run made = Cli.run("new", "--input", seeds.toString(), "--date", "2024-03-01", "--source", "example.org",
        "Harbour reopens");
    assertEquals(0, made.exit(), made.err());
    Cli.Run r = Cli.run("check", "--input", seeds.toString(), "--strict");
    assertEquals(1, r.exit(), r.out());
    assertTrue(r.out().contains("2024-03-01-harbour-reopens.md: warning: still holds gen new's placeholder text"), r.out());

    Path file = seeds.resolve("2024-03-01-harbour-reopens.md");
    Files.writeString(file, Files.readString(file).replace(gen.scaffold.NewArticle.PLACEHOLDER, "The harbour reopened today."));
    Cli.Run written = Cli.run("check", "--input", seeds.toString());
    assertFalse(written.out().contains("placeholder"), written.out());
  }
}
