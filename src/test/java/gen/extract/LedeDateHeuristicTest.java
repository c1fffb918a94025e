package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LedeDateHeuristicTest {
  @Test
  void a_full_date_in_the_lede_is_a_last_resort_date() {
    var ctx =
        TextFixtures.context(
            "On May 3, 2024, the council voted to build a second bridge over the river, officials said.\nMore.",
            new LedeDateHeuristic());
    assertEquals("2024-05-03", ctx.candidates().value(Field.DATE).orElseThrow().iso());
    assertEquals("lede", ctx.candidates().best(Field.DATE).orElseThrow().provenance());
    var fr =
        TextFixtures.context(
            "Le 12 mai 2015, les députés ont adopté à une large majorité le projet de loi sur le renseignement.\nSuite.",
            new LedeDateHeuristic());
    assertEquals("2015-05-12", fr.candidates().value(Field.DATE).orElseThrow().iso());
  }

  @Test
  void partial_dates_give_nothing() {
    for (String lede :
        new String[] {
          "On Friday, the council voted to build a second bridge over the river, officials said on the record.",
          "Today (Nov. 18), NASA announced the selection of five companies to join its lunar lander program.",
          "In the summer of 1898, the Scottish chemist Sir William Ramsay made a discovery about neon gas.",
          "In May 2024 the council voted to build a second bridge over the river, officials said on Tuesday.",
        }) {
      var ctx = TextFixtures.context(lede + "\nMore.", new LedeDateHeuristic());
      assertFalse(ctx.candidates().has(Field.DATE), lede);
    }
  }

  @Test
  void never_overrides_a_better_date() {
    var ctx =
        TextFixtures.context(
            "Headline\nMay 4, 2024\nOn May 3, 2024, the council voted to build a second bridge over the river, officials said.\nMore.",
            new TextHeaderHeuristic(),
            new LedeDateHeuristic());
    assertEquals("2024-05-04", ctx.candidates().value(Field.DATE).orElseThrow().iso());
  }
}
