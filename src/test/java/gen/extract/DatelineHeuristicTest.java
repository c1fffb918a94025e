package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineHeuristicTest {
  @Test
  void recognises_datelines() {
    var x = DatelineHeuristic.find("MOSCOW, May 9 (Xinhua) -- Chinese President Xi Jinping arrived").orElseThrow();
    assertEquals("MOSCOW", x.place());
    assertEquals("Xinhua", x.agency().orElseThrow());
    assertTrue(x.date().isEmpty(), "no year, so no date");
    for (String p :
        List.of(
            "WASHINGTON (AP) — The Senate passed the bill.",
            "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.",
            "BERLIN -- The European Space Agency says",
            "Dekalb, Ill. — Mike Glass threw for three touchdowns",
            "SEOUL, South Korea — A plan to impeach",
            "ST. JOSEPH, Mich. (AP) — Officials said",
            "PARIS, 3 mai (Reuters) - Le gouvernement a annoncé",
            "BERLÍN, 12 nov (EFE).- El Gobierno alemán",
            "(Reuters) — Shares rose on Monday")) {
      assertTrue(DatelineHeuristic.startsWithDateline(p), p);
    }
  }

  @Test
  void ordinary_openings_are_not_datelines() {
    for (String p :
        List.of(
            "The U.S. has long been heralded as a land of opportunity -- but not for all.",
            "I don't use Facebook. I'm not technophobic — I just don't.",
            "Minecraft 1.8 - the update everyone waited for",
            "Biz & IT — Two-year-old bug exposes servers",
            "A case of the bubonic plague was reported in China over the weekend — the second.",
            "Two hostages — a woman and a child — were freed.")) {
      assertFalse(DatelineHeuristic.startsWithDateline(p), p);
    }
  }

  @Test
  void a_dated_dateline_gives_the_date_and_stays_in_the_body() {
    var ctx = TextFixtures.context("Feb. 23, 2015 -- Life-threatening peanut allergies have risen.\nMore text.", new DatelineHeuristic());
    assertEquals("2015-02-23", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals("dateline", ctx.candidates().best(Field.DATE).orElseThrow().provenance());
    assertTrue(TextFixtures.paragraphs(ctx).get(0).startsWith("Feb. 23, 2015 --"));
    var de = TextFixtures.context("BERLIN, 3. Mai 2024 (dpa) - Die Regierung hat beschlossen.\nMehr.", new DatelineHeuristic());
    assertEquals("2024-05-03", de.candidates().value(Field.DATE).orElseThrow().iso());
  }

  @Test
  void a_date_line_outranks_the_dateline() {
    var ctx =
        TextFixtures.context(
            "Headline\nMay 4, 2024\nWASHINGTON, May 3, 2024 (AP) — The Senate passed the bill.\nMore.",
            new TextHeaderHeuristic(),
            new DatelineHeuristic());
    assertEquals("2024-05-04", ctx.candidates().value(Field.DATE).orElseThrow().iso());
  }

  @Test
  void a_dateline_without_a_year_gives_no_date() {
    var ctx = TextFixtures.context("MOSCOW, May 9 (Xinhua) -- Xi arrived in Moscow.\nMore.", new DatelineHeuristic());
    assertFalse(ctx.candidates().has(Field.DATE));
  }
}
