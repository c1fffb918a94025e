package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.text.RandomPieces;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Titles tidied without the regexes are those the regexes made. */
class CutTitleTest {
  private static String reference(String title) {
    String t = title.replaceAll("[\\s\\u00A0]+", " ").replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
    if (t.length() <= Extractor.MAX_TITLE_CHARS) return t;
    int end = Extractor.MAX_TITLE_CHARS;
    if (Character.isLowSurrogate(t.charAt(end))) end--;
    int space = t.lastIndexOf(' ', end);
    return t.substring(0, space > Extractor.MAX_TITLE_CHARS / 2 ? space : end).strip() + "…";
  }

  @Test
  void titles_are_those_the_regexes_made() {
    String[] pieces = {"Title", "word", " ", "  ", "\n", "\t", "\r", "\u000B", "\f", "\u0001", "\u007F", "\u0085", "\u009F",
        "\u00A0", "\u00A1", "\u202A", "\u202E", "\u2066", "\u2069", "\u2003", "“q”", "é", "中文", "\uD835\uDC00", "x".repeat(120)};
    Random random = new Random(59);
    for (int round = 0; round < 20000; round++) {
      String t = RandomPieces.text(random, pieces, 10);
      assertEquals(reference(t), Extractor.cutTitle(t), t);
    }
  }
}
