package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link DateParser} skips text without four digits in a row: what it rests on is that none of its
 * date patterns (those that read digits) can match such text. Checked on each pattern itself, so a pattern added without a year
 * makes this fail rather than go unused.
 */
class DateParserYearDigitsTest {
  private static final String[] PIECES = {
      "May", "3", "03", "12", "202", "24", "2024", "1999", "-", "/", ".", ". ", ", ", " ", "年", "月", "日", "년", "월", "일",
      "Mai", "mars", "января", "T", ":", "10:30", "+02:00", "Z", "am", "de", "st", "º", "Published", "\n", "٢٠٢٤", "２０２４"};

  @Test
  void no_pattern_matches_text_without_four_digits_in_a_row() throws IllegalAccessException {
    List<Pattern> patterns = patterns();
    assertTrue(patterns.size() >= 8, "found the patterns: " + patterns.size());
    Random random = new Random(20261127);
    int checked = 0;
    for (int run = 0; run < 20_000; run++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
      String text = sb.toString();
      boolean hasYear = DateParser.hasFourDigits(text);
      assertEquals(text.matches("(?s).*[0-9]{4}.*"), hasYear, text);
      if (hasYear) continue;
      checked++;
      for (Pattern p : patterns) assertFalse(p.matcher(text).find(), p + " in " + text);
      assertEquals(Optional.empty(), DateParser.find(text));
    }
    assertTrue(checked > 1000, "texts without a year: " + checked);
  }

  @Test
  void dates_with_years_are_still_found() {
    assertTrue(DateParser.find("On May 3, 2024, the council voted").isPresent());
    assertTrue(DateParser.parseLine("Published: 03.05.2024").isPresent());
    assertTrue(DateParser.parseLine("Mai 2024").isPresent());
  }

  private static List<Pattern> patterns() throws IllegalAccessException {
    List<Pattern> out = new ArrayList<>();
    for (Field f : DateParser.class.getDeclaredFields()) {
      if (f.getType() == Pattern.class && Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        Pattern p = (Pattern) f.get(null);
        // The date patterns: those that read digits (not, say, the one that splits words).
        if (p.pattern().contains("\\d")) out.add(p);
      }
    }
    return out;
  }
}
