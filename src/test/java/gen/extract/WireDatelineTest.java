package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Article;
import gen.model.Dateline;
import gen.model.SourceFile;
import gen.read.ArticleReader;
import gen.read.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A wire dateline's place and agency, from text articles and saved pages, through the whole extractor. */
class WireDatelineTest {
  private static final String WIRE_TEXT =
      "Xi arrives in Moscow for state visit\n\n"
          + "MOSCOW, May 9 (Xinhua) -- Chinese President Xi Jinping arrived here on Tuesday for a state visit"
          + " to Russia and talks with President Vladimir Putin.\n\n"
          + "The two leaders are expected to sign several agreements on trade and energy.\n";

  private static String page(String byline, String lede) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Senate passes the budget | Example Daily</title></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
        + "<main><article><h1>Senate passes the budget</h1>" + byline
        + "<p>" + lede + "</p>"
        + "<p>The measure now goes to the House, where leaders said they expect a vote before the end of the month.</p>"
        + "<p>Opponents said the plan cut too deeply into programs for rural hospitals and schools across the country.</p>"
        + "<p>\"We did what we were sent here to do,\" the majority leader told reporters after the vote on Thursday.</p>"
        + "</article></main><footer>© Example Daily</footer></body></html>";
  }

  private static Article extractPage(String html) {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    SourceFile file = new SourceFile(Path.of("page.html"), "page.html", bytes.length, Instant.EPOCH);
    try {
      return new Extractor().extract(ArticleReader.forFormat(Format.HTML).read(file, bytes));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void a_text_article_gets_the_place_and_the_agency_as_its_credit() {
    Article a = TextFixtures.extract(WIRE_TEXT);
    assertEquals(Optional.of(new Dateline(Optional.of("MOSCOW"), Optional.of("Xinhua"))), a.meta().dateline());
    assertEquals("dateline", a.meta().provenance().get("dateline"));
    assertEquals(List.of("Xinhua"), a.meta().authors());
    assertEquals("dateline", a.meta().provenance().get("authors"));
    assertTrue(a.bodyText().startsWith("MOSCOW, May 9 (Xinhua) -- Chinese President"), "the dateline stays in the text");
  }

  @Test
  void a_saved_page_gets_them_too_and_its_byline_stays_the_author() {
    String lede = "WASHINGTON (AP) — The Senate passed a $1.2 trillion spending bill late on Thursday, averting a shutdown.";
    Article credited = extractPage(page("", lede));
    assertEquals(Optional.of(new Dateline(Optional.of("WASHINGTON"), Optional.of("AP"))), credited.meta().dateline());
    assertEquals(List.of("AP"), credited.meta().authors());
    assertTrue(credited.bodyText().startsWith("WASHINGTON (AP) — The Senate passed"), credited.bodyText());

    Article bylined = extractPage(page("<p class=\"byline\">By Lisa Mascaro</p>", lede));
    assertEquals(List.of("Lisa Mascaro"), bylined.meta().authors());
    assertEquals(Optional.of("AP"), bylined.meta().dateline().flatMap(Dateline::agency));
  }

  @Test
  void extract_json_shows_the_dateline_with_its_provenance() {
    var json = ExtractionJson.of(TextFixtures.extract(WIRE_TEXT));
    assertEquals("MOSCOW", json.getAsJsonObject("dateline").get("place").getAsString());
    assertEquals("Xinhua", json.getAsJsonObject("dateline").get("agency").getAsString());
    assertEquals("dateline", json.getAsJsonObject("provenance").get("dateline").getAsString());
    var none = ExtractionJson.of(TextFixtures.extract("A headline\n\nThe council met on Tuesday to talk about roads and schools.\n"));
    assertTrue(none.get("dateline").isJsonNull());
  }

  @Test
  void a_region_in_parentheses_is_no_agency() {
    Article a = TextFixtures.extract("Fire in a block of flats\n\nRostow (Russland) - Bei einem Brand in einem Wohnhaus sind"
        + " am Sonntag drei Menschen ums Leben gekommen.\n");
    assertEquals(Optional.of(new Dateline(Optional.of("Rostow"), Optional.empty())), a.meta().dateline());
    assertTrue(a.meta().authors().isEmpty(), a.meta().authors().toString());
    assertTrue(DatelineHeuristic.isAgency("dpa"));
    assertTrue(DatelineHeuristic.isAgency("Reuters"));
    assertTrue(DatelineHeuristic.isAgency("efe-epa"));
  }
}
