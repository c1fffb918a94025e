package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Date lines as saved texts in several languages write them. */
class DateParserLanguagesTest {
  private static String line(String s) {
    return DateParser.parseLine(s).map(d -> d.iso()).orElse("none");
  }

  @Test
  void genitive_month_names() {
    assertEquals("2023-06-07", line("7 июня 2023"));
    assertEquals("2017-12-15", line("15 декабря 2017 г."));
    assertEquals("2024-05-03", line("3 травня 2024"));
    assertEquals("2021-11-01", line("1. listopadu 2021"));
    assertEquals("2024-05-03", line("3. května 2024"));
    assertEquals("2024-10-12", line("12 października 2024"));
  }

  @Test
  void other_month_names() {
    assertEquals("2024-03-03", line("3 maart 2024"));
    assertEquals("2024-08-17", line("17 Agustus 2024"));
    assertEquals("2024-12-24", line("24 Desember 2024"));
    assertEquals("2024-03-05", line("5 martie 2024"));
    assertEquals("2024-02-29", line("29 Şubat 2024"));
    assertEquals("2024-05-03", line("3 maj 2024"));
  }

  @Test
  void english_forms_still_read() {
    assertEquals("2024-05-03", line("May 3, 2024"));
    assertEquals("2024-05-03", line("3 May 2024"));
    assertEquals("2024-05-03T15:47:00", line("May 3, 2024 15:47"));
    assertEquals("none", line("Martin Luther King 2024"));
  }
}
