package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the repository's own seeds/ folder end to end into a temporary folder. */
class SeedBuildTest {
  @TempDir Path tmp;

  private BuildResult build(Path out) throws Exception {
    BuildOptions options =
        new BuildOptions(Path.of("seeds"), out, tmp.resolve("no-templates"), Optional.empty(), "Test archive", false, false, 2);
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new SiteBuilder().build(options, diagnostics);
    assertEquals(List.of(), diagnostics.all());
    return result;
  }

  @Test
  void can_build_the_seed_archive() throws Exception {
    Path out = tmp.resolve("site");
    BuildResult result = build(out);
    assertTrue(result.articles() >= 1);
    Path page = onlyArticlePage(out);
    String html = Files.readString(page);
    assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\">"), "the article's language is the page's");
    assertTrue(html.contains("<h1>Chinese President Xi Jinping joined Russian President Vladimir Putin in Moscow on Friday</h1>"), html);
    assertTrue(html.contains("href=\"https://cgtn.com/\""), "source linked");
    assertTrue(html.contains("Date unknown"), "no invented date");
    assertFalse(html.contains("Reference(s)"), "reference footer is not body text");
    assertTrue(html.contains("multilateralism over unilateral headwinds"), "last paragraph kept");
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("href=\"articles/" + page.getFileName() + "\""), "index links the article relatively");
    assertTrue(Files.exists(out.resolve(".nojekyll")));
    assertTrue(Files.exists(out.resolve("assets/style.css")));
  }

  @Test
  void rebuild_without_changes_writes_nothing() throws Exception {
    Path out = tmp.resolve("site");
    build(out);
    BuildResult again = build(out);
    assertEquals(0, again.write().written());
    assertEquals(again.write().files(), again.write().unchanged());
  }

  private static Path onlyArticlePage(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve("articles"))) {
      List<Path> pages = s.filter(p -> p.getFileName().toString().startsWith("chinese-president")).toList();
      assertEquals(1, pages.size());
      return pages.get(0);
    }
  }
}
