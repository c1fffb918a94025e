package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Article;
import gen.model.Diagnostic;
import gen.model.Diagnostics;
import gen.model.SourceFile;
import gen.model.TestArticles;
import gen.read.LocalMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleMediaTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

  @TempDir Path in;
  private final Diagnostics diagnostics = new Diagnostics();
  private ArticleMedia media;

  @BeforeEach
  void archive() throws Exception {
    Files.write(in.resolve("a.png"), PNG);
    media = new ArticleMedia(LocalMedia.under(in), diagnostics);
  }

  private Article article(String body) {
    Article a = TestArticles.article("a").body(body).build();
    return new Article(new SourceFile(in.resolve("a.md"), "a.md", 1, Instant.EPOCH), a.meta(), a.slug(), body, a.bodyText());
  }

  private List<String> warnings() {
    return diagnostics.all().stream().map(Diagnostic::line).toList();
  }

  @Test
  void a_body_without_local_pictures_is_left_as_it_is() {
    Article a = article("<p><a href=\"other.html\">other</a> <a href=\"#n1\">1</a> <img src=\"https://x.org/p.png\">"
        + " <img src=\"data:image/png;base64,AAAA\"> <a href=\"report.pdf\">pdf</a></p>");
    assertSame(a, media.attach(a));
    assertEquals(0, media.copies().size());
    assertEquals(List.of(), warnings());
  }

  @Test
  void a_saved_pages_pictures_on_its_own_site_that_were_not_saved_are_left_as_they_are() {
    Article plain = article("<p><img src=\"https://x.org/news/photo.png\"> <img src=\"https://x.org/news/a.png?w=1&amp;h=2\"></p>");
    Article a = new Article(plain.file(), TestArticles.article("a").url("https://x.org/news/story").build().meta(), "a",
        plain.bodyHtml(), plain.bodyText());
    Article shown = media.attach(a);
    String copy = "../" + media.copies().keySet().iterator().next();
    assertEquals("<p><img src=\"https://x.org/news/photo.png\"> <img src=\"" + copy + "\"></p>", shown.bodyHtml(),
        "a.png was saved beside the page, photo.png was not");

    Article remoteOnly = new Article(a.file(), a.meta(), "a", "<p><img src=\"https://x.org/news/photo.png\"></p>", "");
    assertSame(remoteOnly, media.attach(remoteOnly));
    assertEquals(List.of(), warnings());
  }

  @Test
  void a_picture_and_a_link_to_it_lead_to_one_copy_and_other_links_stay() {
    Article a = media.attach(article("<p><a href=\"a.png\"><img src=\"./a.png\" alt=\"A\"></a> <a href=\"other.html\">o</a></p>"));
    assertEquals(1, media.copies().size());
    String copy = media.copies().keySet().iterator().next();
    assertTrue(copy.matches("media/[0-9a-f]{16}\\.png"), copy);
    assertEquals("<p><a href=\"../" + copy + "\"><img src=\"../" + copy + "\" alt=\"A\"></a> <a href=\"other.html\">o</a></p>",
        a.bodyHtml());
    assertEquals(List.of(), warnings());
  }

  @Test
  void a_missing_picture_is_dropped_and_a_link_to_one_keeps_its_text() {
    Article a = media.attach(article("<p>See <a href=\"gone.jpg\">the photo</a>.<img src=\"gone.jpg\" alt=\"x\"></p>"));
    assertEquals("<p>See the photo.</p>", a.bodyHtml());
    assertEquals(List.of("a.md: warning: image gone.jpg not shown: not found"), warnings(), "one line per address");
  }

  @Test
  void srcset_candidates_are_rewritten_or_left_out() {
    Article a = media.attach(article("<img src=\"a.png\" srcset=\"a.png 1x, gone.png 2x, https://x.org/b.png 3x\">"));
    String copy = "../" + media.copies().keySet().iterator().next();
    assertEquals("<img src=\"" + copy + "\" srcset=\"" + copy + " 1x, https://x.org/b.png 3x\">", a.bodyHtml());
    assertEquals(1, warnings().size());
  }
}
