package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaTagsHeuristicTest {
  @Test
  void readsOpenGraphArticleAndClassicMetaTags() {
    var ctx = Pages.run("""
        <html><head>
        <meta property="og:url" content="https://news.example.com/a/1">
        <meta property="og:site_name" content="Example News">
        <meta property="og:image" content="https://news.example.com/a.jpg">
        <meta property="article:published_time" content="2024-05-03T08:00:00Z">
        <meta property="article:tag" content="Politics"><meta property="article:tag" content="Europe">
        <meta name="author" content="By Jane Doe and John Roe">
        <meta name="description" content="What happened.">
        </head><body></body></html>""", new MetaTagsHeuristic());
    var c = ctx.candidates();
    assertEquals("2024-05-03T08:00:00Z", c.value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("Jane Doe", "John Roe"), c.value(Field.AUTHORS).orElseThrow());
    assertEquals("https://news.example.com/a/1", c.value(Field.URL).orElseThrow());
    assertEquals("Example News", c.value(Field.SOURCE).orElseThrow().name());
    assertEquals("news.example.com", c.value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals(List.of("Politics", "Europe"), c.value(Field.TAGS).orElseThrow());
    assertEquals("What happened.", c.value(Field.SUMMARY).orElseThrow());
    assertEquals("https://news.example.com/a.jpg", c.value(Field.IMAGE).orElseThrow());
  }

  @Test
  void readsDublinCoreWithCatalogueOrderNames() {
    var ctx = Pages.run("""
        <html><head><meta name="DC.creator" content="Jong, Michiel de">
        <meta name="DC.date.issued" content="2014-12-10"><meta name="keywords" content="storage, web, storage">
        </head><body></body></html>""", new MetaTagsHeuristic());
    assertEquals(List.of("Michiel de Jong"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
    assertEquals("2014-12-10", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("storage", "web"), ctx.candidates().value(Field.TAGS).orElseThrow());
  }

  @Test
  void leavesProfileLinksOutOfAuthors() {
    var ctx = Pages.run("<html><head><meta property=\"article:author\" content=\"https://www.facebook.com/someone\">"
        + "</head><body></body></html>", new MetaTagsHeuristic());
    assertEquals(false, ctx.candidates().has(Field.AUTHORS));
  }
}
