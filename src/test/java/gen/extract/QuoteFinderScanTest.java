package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link QuoteFinder#nextQuoted} against the regex it stands for, {@link QuoteFinder#QUOTED}, on
 * random text: every mark, runs just under and over both length limits, surrogate pairs (counted
 * as one character by the regex) and lone surrogates.
 */
class QuoteFinderScanTest {
  private static final String[] PIECES = {
      "“", "”", "\"", "«", "»", "„", "‘", "’", " ", "word ", "said Jane Doe.", "\n", "\uD83D\uDE00", "\uD800", "\uDC00",
      "a".repeat(19), "b".repeat(20), "c".repeat(1499), "d".repeat(1500), "e".repeat(1501), "\uD83D\uDE00".repeat(10)};

  @Test
  void the_scan_finds_what_the_regex_finds() {
    Random random = new Random(20261127);
    int quotes = 0;
    for (int run = 0; run < 20_000; run++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(14);
      for (int i = 0; i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
      String text = sb.toString();
      List<String> expected = new ArrayList<>();
      Matcher m = QuoteFinder.QUOTED.matcher(text);
      while (m.find()) expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
      List<String> actual = new ArrayList<>();
      char[] chars = text.toCharArray();
      for (int[] q = QuoteFinder.nextQuoted(chars, 0); q != null; q = QuoteFinder.nextQuoted(chars, q[1])) {
        actual.add(q[0] + "-" + q[1] + ":" + text.substring(q[0] + 1, q[1] - 1));
      }
      assertEquals(expected, actual, text);
      quotes += expected.size();
    }
    assertTrue(quotes > 1000, "quotations found: " + quotes);
  }
}
