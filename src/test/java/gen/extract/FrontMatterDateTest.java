package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.DatePrecision;
import org.junit.jupiter.api.Test;

class FrontMatterDateTest {
  @Test
  void keeps_the_precision_written() {
    assertEquals("2021", FrontMatterHeuristic.date("2021").orElseThrow().iso());
    assertEquals(DatePrecision.YEAR, FrontMatterHeuristic.date("2021").orElseThrow().precision());
    assertEquals("2021-04", FrontMatterHeuristic.date("2021-04").orElseThrow().iso());
    assertEquals(DatePrecision.MONTH, FrontMatterHeuristic.date(" 2021-04 ").orElseThrow().precision());
    assertEquals("2021-04-05", FrontMatterHeuristic.date("2021-04-05").orElseThrow().iso());
    assertEquals("2021-04-05T10:30:00+02:00", FrontMatterHeuristic.date("2021-04-05T10:30:00+02:00").orElseThrow().iso());
  }

  @Test
  void an_impossible_date_is_no_date() {
    assertTrue(FrontMatterHeuristic.date("2021-13").isEmpty());
    assertTrue(FrontMatterHeuristic.date("2024-02-30").isEmpty());
  }
}
