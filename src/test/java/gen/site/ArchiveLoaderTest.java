package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Article;
import gen.model.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveLoaderTest {
  @TempDir Path tmp;

  @Test
  void a_file_over_the_time_budget_is_reported_and_the_others_go_on() throws Exception {
    Files.writeString(tmp.resolve("slow.html"),
        "<html><body><article><h1>Slow</h1>" + "<div>".repeat(300_000) + "x</article></body></html>");
    Files.writeString(tmp.resolve("quick.txt"), "A quick one\n\nShort text that reads at once.\n");
    Diagnostics d = new Diagnostics();
    // A budget no file can meet except by being trivial: the deep page cannot.
    List<Article> articles = new ArchiveLoader(Duration.ofMillis(1)).load(tmp, 1, d);
    List<String> lines = d.all().stream().map(x -> x.line()).toList();
    assertTrue(lines.contains("slow.html: skipped: still not read after 1 ms"), lines.toString());
    assertTrue(articles.stream().noneMatch(a -> a.file().fileName().equals("slow.html")));
  }

  @Test
  void a_generous_budget_changes_nothing() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "A headline\n\nText of the article.\n");
    Diagnostics d = new Diagnostics();
    assertEquals(1, new ArchiveLoader(Duration.ofMinutes(5)).load(tmp, 2, d).size());
    assertEquals(List.of(), d.all());
  }

  @Test
  void a_file_given_up_on_is_reported_once_even_when_its_reading_ends_later() throws Exception {
    Files.writeString(tmp.resolve("slow.html"),
        "<html><body><article><h1>Slow</h1>" + "<div>".repeat(20_000) + "x</article></body></html>");
    // How long the file takes alone; the loader's late thread has ended well after twice that.
    Diagnostics alone = new Diagnostics();
    long start = System.nanoTime();
    new ArchiveLoader().loadOne(new gen.model.SourceFile(tmp.resolve("slow.html"), "slow.html",
        Files.size(tmp.resolve("slow.html")), java.time.Instant.EPOCH), alone);
    long aloneMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(alone.all().stream().anyMatch(x -> x.message().contains("nested deeper")), alone.all().toString());

    Diagnostics d = new Diagnostics();
    new ArchiveLoader(Duration.ofMillis(1)).load(tmp, 1, d);
    Thread.sleep(2 * aloneMillis + 500);
    assertEquals(List.of("slow.html: skipped: still not read after 1 ms"),
        d.all().stream().map(x -> x.line()).toList());
    assertEquals(1, d.errorCount());
  }

  @Test
  void a_slug_or_title_with_nothing_to_name_a_page_after_is_warned_of() throws Exception {
    Files.writeString(tmp.resolve("a.md"), "---\nslug: ..\n---\nA headline\n\nSome text of the body here.\n");
    Files.writeString(tmp.resolve("b.md"), "---\ntitle: '?!'\n---\nSome text of the body here.\n");
    Files.writeString(tmp.resolve("c.md"), "---\ntitle: 東京の天気\n---\nSome text of the body here.\n");
    Diagnostics d = new Diagnostics();
    assertEquals(3, new ArchiveLoader().load(tmp, 1, d).size());
    assertEquals(List.of(
        "a.md: warning: front matter slug '..' has no letters or digits to name the page; it is named "
            + gen.text.Slugs.shortId(".."),
        "b.md: warning: title '?!' has no letters or digits to name the page; it is named "
            + gen.text.Slugs.shortId("?!")),
        d.all().stream().map(x -> x.line()).toList());
  }
}
