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
}
