package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFooterHeuristicTest {
  private static ExtractionContext footer(String text) {
    return TextFixtures.context(text, new ReferenceFooterHeuristic());
  }

  @Test
  void reference_block_with_a_domain() {
    var ctx = footer("First paragraph.\nSecond paragraph.\nReference(s):\ncgtn.com\n\n\n");
    assertEquals("cgtn.com", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals("reference-footer", ctx.candidates().best(Field.SOURCE).orElseThrow().provenance());
    assertFalse(ctx.candidates().has(Field.URL));
    assertEquals(List.of("First paragraph.", "Second paragraph."), TextFixtures.paragraphs(ctx));
  }

  @Test
  void reference_block_with_a_url() {
    var ctx = footer("Body.\nMore body.\nReference(s):\nhttps://www.mysanantonio.com/sports/article/x-14848253.php\n");
    assertEquals("mysanantonio.com", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals("https://www.mysanantonio.com/sports/article/x-14848253.php", ctx.candidates().value(Field.URL).orElseThrow());
    assertEquals(List.of("Body.", "More body."), TextFixtures.paragraphs(ctx));
  }

  @Test
  void source_line_in_a_hard_wrapped_text() {
    var ctx =
        footer(
            """
            Home Depot shares are up 39 percent year-to-date while the S&P 500 is up
            24.5 percent.

            Source: https://www.foxbusiness.com/markets/home-depot-sales-earnings-retail
            """);
    assertEquals("foxbusiness.com", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals(1, TextFixtures.paragraphs(ctx).size());
  }

  @Test
  void url_and_domain_joined_into_one_block() {
    var ctx =
        footer(
            """
            The 23-year-old flew to London yesterday evening and will spend the day
            completing the formalities of the deal.

            References:
            https://www.linknaija.com/2018/08/breaking-news-chelsea-activate-716m.html
            linknaija.com
            """);
    assertEquals("linknaija.com", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals(1, TextFixtures.paragraphs(ctx).size());
  }

  @Test
  void labels_in_other_languages() {
    for (String label : List.of("Quelle", "Fuente", "Fonte", "Источник", "Sumber", "Zdroj")) {
      var ctx = footer("Erster Absatz.\nZweiter Absatz.\n" + label + ": https://www.example.de/artikel/1\n");
      assertEquals("example.de", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow(), label);
      assertEquals(2, TextFixtures.paragraphs(ctx).size(), label);
    }
  }

  @Test
  void a_credit_or_sentence_is_not_a_footer() {
    for (String last :
        List.of("Source: Supplied", "Source: the company said it would not comment.", "References: see the appendix")) {
      var ctx = footer("Body paragraph.\nAnother one.\n" + last + "\n");
      assertFalse(ctx.candidates().has(Field.SOURCE), last);
      assertEquals(3, TextFixtures.paragraphs(ctx).size(), last);
    }
  }

  @Test
  void a_note_added_after_the_footer_ends_it_and_stays_in_the_body() {
    var ctx = footer("First paragraph.\nSecond paragraph.\nReference(s):\ncgtn.com\n"
        + "Officials added a further detail on Friday.\n");
    assertEquals("cgtn.com", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals(List.of("First paragraph.", "Second paragraph.", "Officials added a further detail on Friday."),
        TextFixtures.paragraphs(ctx));
  }

  @Test
  void a_note_after_a_footer_in_a_hard_wrapped_paragraph() {
    var ctx =
        footer(
            """
            The council met on Tuesday and agreed on the budget
            after a long debate.

            Source: https://www.example.org/news/budget
            Editor: Jane Smith
            """);
    assertEquals("https://www.example.org/news/budget", ctx.candidates().value(Field.URL).orElseThrow());
    List<String> paragraphs = TextFixtures.paragraphs(ctx);
    assertEquals("Editor: Jane Smith", paragraphs.get(paragraphs.size() - 1).strip());
    assertFalse(String.join("\n", paragraphs).contains("example.org"), paragraphs.toString());
  }

  @Test
  void a_footer_only_text_is_left_alone() {
    var ctx = footer("Reference(s):\ncgtn.com\n");
    assertFalse(ctx.candidates().has(Field.SOURCE));
  }

  @Test
  void enclosed_links_and_several_to_a_line() {
    var ctx = footer("Body.\nMore body.\nSources: <https://www.example.org/a/1>, (example.org)\n");
    assertEquals("example.org", ctx.candidates().value(Field.SOURCE).orElseThrow().domain().orElseThrow());
    assertEquals("https://www.example.org/a/1", ctx.candidates().value(Field.URL).orElseThrow());
    assertEquals(2, TextFixtures.paragraphs(ctx).size());
  }
}
