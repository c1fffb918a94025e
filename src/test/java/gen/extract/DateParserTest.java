package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.PublishedDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static String machine(String s) {
    return DateParser.parseMachine(s).map(PublishedDate::iso).orElse("none");
  }

  private static String line(String s) {
    return DateParser.parseLine(s).map(PublishedDate::iso).orElse("none");
  }

  @Test
  void readsIsoWithAndWithoutOffset() {
    assertEquals("2024-05-03T10:15:00+02:00", machine("2024-05-03T10:15:00+02:00"));
    assertEquals("2024-05-03T10:15:00", machine("2024-05-03T10:15:00"));
    assertEquals("2024-05-03T10:15:00+02:00", machine("2024-05-03T10:15:00+0200"));
    assertEquals("2024-05-03", machine("2024-05-03"));
  }

  @Test
  void readsRfc1123() {
    assertEquals("2024-05-03T08:00:00Z", machine("Fri, 3 May 2024 08:00:00 GMT"));
  }

  @Test
  void readsWrittenDatesInSeveralLanguages() {
    assertEquals("2024-05-03", line("3. Mai 2024"));
    assertEquals("2024-05-03", line("May 3, 2024"));
    assertEquals("2024-05-03", line("03.05.2024"));
    assertEquals("2024-05-03", line("2024年5月3日"));
    assertEquals("2024-05-03", line("3 de mayo de 2024"));
    assertEquals("2024-05-03", line("3 мая 2024"));
    assertEquals("2024-09-03", line("3 września 2024"));
    assertEquals("2024-11-03", line("3 Kasım 2024"));
    assertEquals("2024-05-03", line("Published: Friday 3 May 2024"));
  }

  @Test
  void leavesAmbiguousAndImpossibleDatesAlone() {
    assertEquals("none", line("03/05/2024"));
    assertEquals("none", line("2024-02-30"));
    assertEquals("none", line("Tuesday"));
  }

  @Test
  void findsTheDateInsideALongerLine() {
    assertTrue(DateParser.find("Updated on April 29, 2019 at 3:33 pm").isPresent());
  }
}
