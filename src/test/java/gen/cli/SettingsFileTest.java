package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gen.yaml as build, check and new read it: every setting reaches the site, and the command line wins. */
class SettingsFileTest {
  @TempDir Path tmp;

  /** An archive of {@code n} dated articles, the last one a draft, with this settings file. */
  private Path archive(int n, String settings) throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    for (int i = 1; i <= n; i++) {
      Files.writeString(seeds.resolve("a" + i + ".md"), "---\ntitle: Story number " + i + "\ndate: 2024-01-"
          + String.format("%02d", i) + "\ntags: [harbour]\n" + (i == n ? "draft: true\n" : "") + "---\n\nBody " + i + ".\n");
    }
    Path file = tmp.resolve("gen.yaml");
    Files.writeString(file, settings);
    return file;
  }

  private String page(String path) throws Exception {
    return Files.readString(tmp.resolve("site").resolve(path));
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void every_setting_reaches_the_site() throws Exception {
    Path file = archive(8, """
        title: Harbour Town news
        description: Local news of Harbour Town, 1990-2010.
        language: fr
        author: The Harbour Town Society
        copyright: © 2024 The Harbour Town Society
        base_url: https://example.org/harbour/
        drafts: true
        page_size: 3
        list_page_size: 2
        feed_entries: 4
        input: seeds
        output: site
        """);
    Cli.Run r = Cli.run("build", "-q", "--config", file.toString());
    assertEquals(0, r.exit(), r.err());
    String index = page("index.html");
    assertTrue(index.contains("<html lang=\"fr\" dir=\"ltr\">"), "language");
    assertTrue(index.contains("<title>Latest articles · Harbour Town news</title>"), "title");
    assertTrue(index.contains("<meta name=\"description\" content=\"Local news of Harbour Town, 1990-2010.\">"), "description");
    assertTrue(index.contains("<link rel=\"canonical\" href=\"https://example.org/harbour/\">"), "base_url");
    assertTrue(index.contains("© 2024 The Harbour Town Society · "), "copyright in the footer");
    assertTrue(index.contains("Story number 8"), "drafts");
    assertEquals(3, count(index, "<h2><a href=\"articles/"), "page_size");
    assertTrue(Files.exists(tmp.resolve("site/page/3.html")) && !Files.exists(tmp.resolve("site/page/4.html")), "8 articles by 3");
    assertTrue(Files.exists(tmp.resolve("site/tags/harbour/4.html")), "list_page_size: 8 articles by 2");
    String feed = page("feed.xml");
    assertEquals(4, count(feed, "<entry>"), "feed_entries");
    assertTrue(feed.contains("<subtitle>Local news of Harbour Town, 1990-2010.</subtitle>"), feed);
    assertTrue(feed.contains("<author><name>The Harbour Town Society</name></author>"), feed);
    assertTrue(feed.contains("<rights>© 2024 The Harbour Town Society</rights>"), feed);
  }

  @Test
  void the_command_line_wins_over_the_file() throws Exception {
    Path file = archive(3, "title: From the file\ndrafts: true\ninput: seeds\noutput: elsewhere\n");
    Cli.Run r = Cli.run("build", "-q", "--config", file.toString(), "--title", "From the command line", "--no-drafts",
        "--output", tmp.resolve("site").toString());
    assertEquals(0, r.exit(), r.err());
    String index = page("index.html");
    assertTrue(index.contains("· From the command line</title>"), index);
    assertFalse(index.contains("Story number 3"), "--no-drafts over drafts: true");
    assertFalse(Files.exists(tmp.resolve("elsewhere")), "--output over output:");
  }

  @Test
  void folders_in_the_file_are_relative_to_it() throws Exception {
    Path file = archive(2, "input: seeds\noutput: public\n");
    Cli.Run r = Cli.run("build", "-q", "--config", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(tmp.resolve("public/index.html")));
  }

  @Test
  void a_bad_file_is_one_line_and_a_usage_error_for_every_command() throws Exception {
    Path file = archive(2, "title: News\ntitel: News\n");
    String expected = file + ":2: unknown key 'titel' (did you mean 'title'?)";
    for (String[] args : new String[][] {
        {"build", "--config", file.toString(), "-o", tmp.resolve("site").toString()},
        {"check", "--config", file.toString()},
        {"new", "--config", file.toString(), "A headline"}}) {
      Cli.Run r = Cli.run(args);
      assertEquals(2, r.exit(), args[0]);
      assertEquals(expected, r.err().strip(), args[0]);
    }
    assertFalse(Files.exists(tmp.resolve("site")), "nothing built");
  }

  @Test
  void a_named_file_that_is_missing_is_a_usage_error() throws Exception {
    Cli.Run r = Cli.run("build", "--config", tmp.resolve("nope.yaml").toString(), "-o", tmp.resolve("site").toString());
    assertEquals(2, r.exit());
    assertEquals(tmp.resolve("nope.yaml") + ": configuration file not found", r.err().strip());
  }

  @Test
  void check_and_new_use_the_files_folders() throws Exception {
    Path file = archive(2, "input: seeds\ntemplates: theme\n");
    Cli.Run check = Cli.run("check", "--config", file.toString(), "--no-info");
    assertTrue(check.out().contains("Checked 2 articles in 2 files"), check.out() + check.err());
    Cli.Run made = Cli.run("new", "--config", file.toString(), "--date", "2024-02-01", "Budget passed");
    assertEquals(0, made.exit(), made.err());
    assertTrue(Files.isRegularFile(tmp.resolve("seeds/2024-02-01-budget-passed.md")), made.out());
  }

  @Test
  void a_changed_title_rebuilds_every_page_that_shows_it() throws Exception {
    Path file = archive(5, "title: Before\ninput: seeds\n");
    assertEquals(0, Cli.run("build", "-q", "--config", file.toString(), "-o", tmp.resolve("site").toString()).exit());
    Files.writeString(file, "title: After\ndescription: A new sentence.\ninput: seeds\n");
    Cli.Run again = Cli.run("build", "-q", "--config", file.toString(), "-o", tmp.resolve("site").toString());
    assertEquals(0, again.exit(), again.err());
    try (var files = Files.walk(tmp.resolve("site"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(p);
        assertFalse(html.contains("Before"), p + " still shows the old title");
        assertTrue(html.contains("After"), p.toString());
      }
    }
    assertTrue(page("feed.xml").contains("<subtitle>A new sentence.</subtitle>"));
  }
}
