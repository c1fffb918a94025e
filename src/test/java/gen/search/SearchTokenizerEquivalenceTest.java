package gen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.text.RandomPieces;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's scan with its ASCII shortcut against the plain code-point scan it replaced, on
 * random text mixing ASCII words, accented and other-script letters, marks, digits and separators.
 */
class SearchTokenizerEquivalenceTest {
  @Test
  void the_ascii_shortcut_gives_the_terms_the_code_point_scan_gave() {
    String[] pieces = {"word", "Word", "WORD", "a", "x1", "2024", " ", "  ", ",", ".", "-", "’", "“", "”", "\n", "\t",
        "é", "Zürich", "e\u0301", "ß", "Æ", "ﬁ", "Ｆｕｌｌ", "Москва", "Ελλάδα", "שָׁלוֹם", "مَرْحَبًا", "習近平", "東京タワー", "ー",
        "กรุงเทพ", "\uD83D\uDE00", "\uD800", "½", "Ⅻ", "_", "a".repeat(45), "Ab".repeat(25)};
    Random random = new Random(11);
    for (int run = 0; run < 5000; run++) {
      String text = RandomPieces.text(random, pieces, 14);
      for (boolean index : new boolean[] {false, true}) {
        List<String> expected = new ArrayList<>();
        Reference.scan(text, index, expected::add);
        List<String> actual = index ? SearchTokenizer.indexTerms(text) : SearchTokenizer.terms(text);
        assertEquals(expected, actual, text);
      }
    }
  }

  /** The scan as it was, kept as the oracle. */
  private static final class Reference {
  static void scan(String text, boolean index, Consumer<String> sink) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      SearchTokenizer.CharClass c = SearchTokenizer.classOf(cp);
      if (c == SearchTokenizer.CharClass.SEPARATOR) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int next = text.codePointAt(i);
        if (SearchTokenizer.classOf(next) != c) break;
        i += Character.charCount(next);
      }
      String run = text.substring(start, i);
      if (c == SearchTokenizer.CharClass.WORD) {
        String word = SearchTokenizer.fold(run);
        int length = word.codePointCount(0, word.length());
        if (length >= 2 && length <= SearchTokenizer.MAX_WORD) sink.accept(word);
      } else {
        unspaced(SearchTokenizer.fold(run), index, sink);
      }
    }
  }

  private static void unspaced(String run, boolean index, Consumer<String> sink) {
    int[] cps = run.codePoints().filter(cp -> SearchTokenizer.classOf(cp) == SearchTokenizer.CharClass.UNSPACED).toArray();
    if (cps.length == 1) {
      sink.accept(new String(cps, 0, 1));
      return;
    }
    for (int k = 0; k < cps.length; k++) {
      if (index && Character.UnicodeScript.of(cps[k]) == Character.UnicodeScript.HAN) sink.accept(new String(cps, k, 1));
      if (k + 1 < cps.length) sink.accept(new String(cps, k, 2));
    }
  }
  }
}
