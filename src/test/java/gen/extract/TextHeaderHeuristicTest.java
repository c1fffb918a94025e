package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextHeaderHeuristicTest {
  private static ExtractionContext header(String text) {
    return TextFixtures.context(text, new TextHeaderHeuristic());
  }

  @Test
  void headline_date_line_and_byline_are_read_and_removed() {
    var ctx =
        header(
            """
            Council approves the new bridge
            Published: May 3, 2024 15:47
            By Jane Doe, John Roe and Ann Poe
            The city council voted on Tuesday to build a second bridge over the river.
            Work starts next year.
            """);
    var c = ctx.candidates();
    assertEquals("Council approves the new bridge", c.value(Field.TITLE).orElseThrow());
    assertEquals("2024-05-03T15:47:00", c.value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), c.value(Field.AUTHORS).orElseThrow());
    assertEquals("first-line", c.best(Field.TITLE).orElseThrow().provenance());
    assertEquals("date-line", c.best(Field.DATE).orElseThrow().provenance());
    assertEquals(
        List.of("The city council voted on Tuesday to build a second bridge over the river.", "Work starts next year."),
        TextFixtures.paragraphs(ctx));
  }

  @Test
  void an_agency_the_byline_names_is_an_author() {
    var ctx =
        header(
            """
            Storm cuts power to thousands
            By Adam Vidler, AP
            Strong winds brought down lines across the region overnight.
            """);
    assertEquals(List.of("Adam Vidler", "AP"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
    assertEquals(
        List.of("Strong winds brought down lines across the region overnight."), TextFixtures.paragraphs(ctx));
  }

  @Test
  void date_line_forms_under_a_headline() {
    String[][] cases = {
      {"May 3, 2024", "2024-05-03"},
      {"3 May 2024", "2024-05-03"},
      {"2024-05-03", "2024-05-03"},
      {"Updated 03.05.2024", "2024-05-03"},
      {"Friday, May 3, 2024", "2024-05-03"},
      {"Posted on May 3, 2024", "2024-05-03"},
      {"Last updated: 2024-05-03 09:15", "2024-05-03T09:15:00"},
      {"Veröffentlicht am 3. Mai 2024", "2024-05-03"},
      {"Publié le 3 mai 2024", "2024-05-03"},
      {"3 de mayo de 2024", "2024-05-03"},
    };
    for (String[] c : cases) {
      var ctx = header("Headline of the day\n" + c[0] + "\nThe story begins here and goes on for a while.\nMore.\n");
      assertEquals(c[1], ctx.candidates().value(Field.DATE).map(d -> d.iso()).orElse("none"), c[0]);
      assertEquals(
          List.of("The story begins here and goes on for a while.", "More."), TextFixtures.paragraphs(ctx), c[0]);
    }
  }

  @Test
  void byline_may_come_before_the_date_line() {
    var ctx = header("Headline\nBy Jane Doe\n3 May 2024\nBody text that is long enough to be a paragraph.\nEnd.");
    assertEquals(List.of("Jane Doe"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
    assertEquals("2024-05-03", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals(2, TextFixtures.paragraphs(ctx).size());
  }

  @Test
  void a_first_line_above_a_byline_is_a_headline_whatever_its_punctuation() {
    var q = header("Is this the end of the office?\nBy Jane Doe\nBody.\nMore body.");
    assertEquals("Is this the end of the office?", q.candidates().value(Field.TITLE).orElseThrow());
    var abbr = header("How winter wreaks havoc under N.Y.C.\nBy Corey K\nBody.\nMore.");
    assertEquals("How winter wreaks havoc under N.Y.C.", abbr.candidates().value(Field.TITLE).orElseThrow());
    var cs = header("West Ham hrozí gigantům. Součka je snadné přehlédnout.\n1 November 2021\nZázrak jedné sezony?\nDalší.");
    assertEquals("West Ham hrozí gigantům. Součka je snadné přehlédnout.", cs.candidates().value(Field.TITLE).orElseThrow());
  }

  @Test
  void a_lone_short_line_without_full_stop_is_a_headline() {
    var ctx = header("Die Stadt baut eine zweite Brücke\nDer Stadtrat hat am Dienstag beschlossen, eine zweite Brücke zu bauen.\nMehr.");
    assertEquals("Die Stadt baut eine zweite Brücke", ctx.candidates().value(Field.TITLE).orElseThrow());
    assertEquals(2, TextFixtures.paragraphs(ctx).size());
    var question = header("Why do cats purr?\nScientists have long wondered about it, and now they know more.\nMore.");
    assertEquals("Why do cats purr?", question.candidates().value(Field.TITLE).orElseThrow());
  }

  @Test
  void a_first_paragraph_is_not_a_headline() {
    String[] firstLines = {
      "The city council voted on Tuesday to build a second bridge over the river.",
      "MOSCOW, May 9 (Xinhua) -- Chinese President Xi Jinping arrived in Moscow",
      "WASHINGTON (AP) — The Senate passed the bill",
      "Your success mindset matters. Here is why:",
    };
    for (String first : firstLines) {
      var ctx = header(first + "\nSecond paragraph of the story.\nThird.");
      assertFalse(ctx.candidates().has(Field.TITLE), first);
      assertEquals(first, TextFixtures.paragraphs(ctx).get(0));
    }
  }

  @Test
  void a_date_inside_the_first_paragraph_is_not_a_date_line() {
    var ctx = header("Headline here\nFeb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise.\nMore.");
    assertFalse(ctx.candidates().has(Field.DATE));
    assertTrue(TextFixtures.paragraphs(ctx).get(0).startsWith("Feb. 23, 2015 --"));
  }

  @Test
  void a_single_line_text_keeps_its_line() {
    var ctx = header("Only one line here");
    assertFalse(ctx.candidates().has(Field.TITLE));
    assertEquals(List.of("Only one line here"), TextFixtures.paragraphs(ctx));
  }

  @Test
  void hard_wrapped_text_with_a_header_block() {
    var ctx =
        header(
            """
            Le projet de loi sur le renseignement massivement approuvé

            12 mai 2015
            By Martin Untersinger, Damien Leloup and Morgane Tual

            Les députés ont, sans surprise, adopté à une large majorité (438 contre
            86 et 42 abstentions) le projet de loi sur le renseignement défendu par
            le gouvernement.

            Le texte part maintenant au Sénat.
            """);
    assertEquals("Le projet de loi sur le renseignement massivement approuvé", ctx.candidates().value(Field.TITLE).orElseThrow());
    assertEquals("2015-05-12", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("Martin Untersinger", "Damien Leloup", "Morgane Tual"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
    List<String> body = TextFixtures.paragraphs(ctx);
    assertEquals(2, body.size());
    assertTrue(body.get(0).startsWith("Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et"));
  }

  @Test
  void header_lines_wrapped_into_the_headline_block_are_split_out() {
    var ctx =
        header(
            """
            Le projet de loi sur le renseignement massivement approuvé à l'Assemblée
            By Martin Untersinger, Damien Leloup and Morgane Tual

            Les députés ont, sans surprise, adopté à une large majorité (438
            contre 86 et 42 abstentions) le projet de loi sur le renseignement.

            Le texte part maintenant au Sénat, où il sera examiné en juin par les
            sénateurs.
            """);
    assertEquals(
        "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
        ctx.candidates().value(Field.TITLE).orElseThrow());
    assertEquals(3, ctx.candidates().value(Field.AUTHORS).orElseThrow().size());
    assertEquals(2, TextFixtures.paragraphs(ctx).size());
  }

  @Test
  void a_role_line_under_the_byline_is_part_of_it() {
    var ctx = header("Headline\nBy Jane Doe\nChief Political Correspondent\nThe story begins here.\nMore.");
    assertEquals(List.of("Jane Doe"), ctx.candidates().value(Field.AUTHORS).orElseThrow());
    assertEquals(List.of("The story begins here.", "More."), TextFixtures.paragraphs(ctx));
    var kept = header("Headline\nBy Jane Doe\nHighlights\nThe story begins here.");
    assertEquals(List.of("Highlights", "The story begins here."), TextFixtures.paragraphs(kept));
  }

  @Test
  void a_headline_that_holds_a_date_is_still_a_headline() {
    var ctx = header("Jobs report for the week of May 3, 2024 disappoints\nMay 4, 2024\nBy Jane Doe\nThe story.\nMore.");
    assertEquals("Jobs report for the week of May 3, 2024 disappoints", ctx.candidates().value(Field.TITLE).orElseThrow());
    assertEquals("2024-05-04", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    var month = header("May 2024 jobs report disappoints economists\nThe story begins here with a long sentence.\nMore.");
    assertEquals("May 2024 jobs report disappoints economists", month.candidates().value(Field.TITLE).orElseThrow());
    assertFalse(month.candidates().has(Field.DATE));
  }

  @Test
  void the_published_date_wins_over_the_updated_date() {
    var ctx = header("Headline\nUpdated: May 4, 2024 10:00\nPublished: May 3, 2024 15:47\nBy Jane Doe\nThe story.\nMore.");
    assertEquals("2024-05-03T15:47:00", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals(List.of("The story.", "More."), TextFixtures.paragraphs(ctx));
    var only = header("Headline\nAktualisiert am 03.05.2024\nDer Text.\nMehr.");
    assertEquals("2024-05-03", only.candidates().value(Field.DATE).orElseThrow().iso());
  }
}
