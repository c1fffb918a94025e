package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gen.extract.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdHeuristicTest {
  private static String page(String json) {
    return "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body><p>x</p></body></html>";
  }

  @Test
  void readsNewsArticleInsideGraphWithAuthorObjects() {
    var ctx = Pages.run(page("""
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Example"},
          {"@type":["NewsArticle"],"headline":"Rain","datePublished":"2024-05-03T10:00:00+02:00",
           "author":[{"@type":"Person","name":"By Jane Doe"},{"@type":"Person","name":"John Roe"}],
           "publisher":{"@type":"Organization","name":"Daily Example"},
           "image":{"@type":"ImageObject","url":"https://example.com/a.jpg"},
           "keywords":"weather, rain, weather"}]}"""), new JsonLdHeuristic());
    assertEquals("2024-05-03T10:00:00+02:00", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("Jane Doe", "John Roe"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
    assertEquals("Daily Example", ctx.candidates().value(Field.SOURCE).orElseThrow().name());
    assertEquals("https://example.com/a.jpg", ctx.candidates().value(Field.IMAGE).orElseThrow());
    assertEquals(List.of("weather", "rain"), ctx.candidates().value(Field.TAGS).orElseThrow());
  }

  @Test
  void readsArraysOfObjectsAndCdataWrappedScripts() {
    var ctx = Pages.run(page("""
        //<![CDATA[
        [{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":"2019-10-18","author":"Vincent Vallet"}]
        //]]>"""), new JsonLdHeuristic());
    assertEquals("2019-10-18", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("Vincent Vallet"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
  }

  @Test
  void ignoresBrokenJsonAndObjectsThatAreNotArticles() {
    var ctx = Pages.run(page("{\"@type\":\"VideoObject\",\"uploadDate\":\"2020-01-01\"}")
        + "<script type=\"application/ld+json\">{broken</script>", new JsonLdHeuristic());
    assertFalse(ctx.candidates().has(Field.DATE));
    assertFalse(ctx.candidates().has(Field.AUTHORS));
  }

  @Test
  void keepsThePublishersOffsetForTheSameMoment() {
    var ctx = Pages.run("<html><head><meta property=\"article:published_time\" content=\"2017-02-23T17:18:13-08:00\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2017-02-24T01:18:13Z\"}</script>"
        + "</head><body></body></html>", new JsonLdHeuristic());
    assertEquals("2017-02-23T17:18:13-08:00", ctx.candidates().value(Field.DATE).orElseThrow().iso());
  }
}
