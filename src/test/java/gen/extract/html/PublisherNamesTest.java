package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublisherNamesTest {
  private static final String HEAD =
      "<title>Goats on the cliffs - National Geographic</title>"
          + "<link rel=canonical href=\"https://www.nationalgeographic.co.uk/animals/goats\">"
          + "<meta property=og:site_name content=\"National Geographic\">";

  private static gen.extract.ExtractionContext run(String head, String body) {
    return Pages.run("<html><head>" + head + "</head><body>" + body + "</body></html>",
        new MetaTagsHeuristic(), new JsonLdHeuristic(), new BylineHeuristic(), new SignedLineHeuristic());
  }

  @Test
  void thePublishersNameInTheAuthorFieldsGivesWayToTheBylineShown() {
    var ctx = run(HEAD + "<meta name=author content=\"National Geographic\">",
        "<h1>Goats on the cliffs</h1><div class=\"contributors--author\">By <span>Michael Hingston</span></div><p>Text.</p>");
    assertEquals(List.of("Michael Hingston"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
  }

  @Test
  void whereNoPersonSignsThePublisherStaysTheCredit() {
    var ctx = run(HEAD + "<meta name=author content=\"National Geographic\">", "<h1>Goats on the cliffs</h1><p>Text.</p>");
    assertEquals(List.of("National Geographic"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
  }

  @Test
  void knowsThePublisherByItsDomainItsInitialsAndItsDesk() {
    var doc = org.jsoup.Jsoup.parse("<html><head><title>Ein Text | JUNGE FREIHEIT</title>"
        + "<link rel=canonical href=\"https://www.motorsport-total.com/news/1\"></head><body></body></html>");
    PublisherNames p = PublisherNames.of(doc);
    assertEquals(List.of("Jane Doe"), p.without(List.of("Motorsport-Total.com", "JF", "Motorsport-Total.com Redaktion", "Jane Doe")));
    assertEquals(List.of("dpa/lno"), p.without(List.of("dpa/lno")));
  }

  @Test
  void anAuthorFieldNamingMoreWritersThanTheJsonLdWins() {
    var ctx = run("<meta name=author content=\"April Roach, Daniel O'Mahony\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"April Roach\"}}</script>", "<p>Text.</p>");
    assertEquals(List.of("April Roach", "Daniel O'Mahony"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
  }

  @Test
  void aJsonLdAuthorGivenByIdIsLookedUpInTheGraph() {
    var ctx = run("<script type=\"application/ld+json\">{\"@graph\":["
        + "{\"@type\":\"Article\",\"headline\":\"H\",\"author\":{\"@id\":\"https://example.org/#/person/1\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"https://example.org/#/person/1\",\"name\":\"Alexander Roll\"}]}</script>",
        "<p>Text by Alexander Roll.</p><footer><a rel=author href=\"https://themes.example\">ThemeGrill</a></footer>");
    assertEquals(List.of("Alexander Roll"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
  }
}
