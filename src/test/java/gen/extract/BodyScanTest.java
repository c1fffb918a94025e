package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one scan of a body against the two it replaces: Words.count, and a capital-by-capital walk. */
class BodyScanTest {
  private static final String[] PIECES = {
    "word", "Word", "WORD", "O'Neil", "Jean-Luc", "3M", "x1Y", "42", " ", "  ", "\n\n", "'", "’", "-", "—", ",", ".", "“", "”",
    "é", "É", "élan", "Ürümqi", "ß", "Σ", "ΣΩ", "Ǆ", "ǅ", "ʰ", "中文", "ひら", "ไทย", "\uD835\uDC00", "\uD801\uDC00", "\uD800",
    "\uDC00", "Москва", "مرحبا", "שלום", "_", "@", "[", "`", "{", "\u00A0"
  };

  /** Capitals not after a letter, as EntityFinder looked for them char by char. */
  private static List<Integer> capitals(char[] chars) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < chars.length; i++) {
      boolean capital = Character.getType(Character.codePointAt(chars, i)) == Character.UPPERCASE_LETTER;
      if (capital && (i == 0 || !Character.isLetter(chars[i - 1]))) out.add(i);
    }
    return out;
  }

  @Test
  void words_and_capitals_are_those_of_the_separate_scans() {
    Random random = new Random(43);
    for (int round = 0; round < 20000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(20);
      for (int i = 0; i < parts; i++) text.append(PIECES[random.nextInt(PIECES.length)]);
      char[] chars = text.toString().toCharArray();
      BodyScan scan = BodyScan.of(chars);
      assertEquals(Words.count(text.toString()), scan.words(), text.toString());
      List<Integer> found = new ArrayList<>();
      for (int k = 0; k < scan.capitalCount(); k++) found.add(scan.capital(k));
      assertEquals(capitals(chars), found, text.toString());
    }
  }

  @Test
  void a_long_body_keeps_every_capital() {
    String text = "Alpha beta Gamma. ".repeat(5000);
    BodyScan scan = BodyScan.of(text.toCharArray());
    assertEquals(10_000, scan.capitalCount());
    assertEquals(Words.count(text), scan.words());
  }
}
