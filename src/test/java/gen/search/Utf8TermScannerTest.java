package gen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.text.RandomPieces;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The UTF-8 scan and the term table against {@link SearchTokenizer#indexTerms} and {@link
 * TermCounts}: the same terms, in the same order, the same counts, on random text mixing ASCII
 * words, curly quotes, accented and other-script letters, marks, surrogate pairs and separators.
 */
class Utf8TermScannerTest {
  private static final String[] PIECES = {"word", "Word", "WORD", "a", "x1", "2024", " ", "  ", ",", ".", "-", "’", "“",
      "”", "—", "…", "·", "\n", "\t", "é", "Zürich", "e\u0301", "ß", "Æ", "ﬁ", "Ｆｕｌｌ", "Москва", "Ελλάδα", "שָׁלוֹם",
      "مَرْحَبًا", "習近平", "東京タワー", "ー", "กรุงเทพ", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00", "½", "Ⅻ", "_",
      "a".repeat(40), "a".repeat(41), "Ab".repeat(25), "café", "CAFÉ", "naïve", "Paris’", "l’État", "\u00A0", "\uFEFF"};

  private static String randomText(Random random) {
    return RandomPieces.text(random, PIECES, 16);
  }

  /** The terms the scan gives, ASCII ones lower-cased as the sink is told to. */
  private static List<String> scanned(byte[] utf8, int from, int to) {
    List<String> out = new ArrayList<>();
    Utf8TermScanner.scan(utf8, from, to, new Utf8TermScanner.Sink() {
      @Override
      public void ascii(byte[] bytes, int f, int t, int hash) {
        assertEquals(Utf8TermScanner.hash(new String(bytes, f, t - f, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT)), hash);
        out.add(new String(bytes, f, t - f, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT));
      }

      @Override
      public void term(String term) {
        out.add(term);
      }
    });
    return out;
  }

  @Test
  void gives_the_terms_of_the_decoded_text_in_order() {
    Random random = new Random(5);
    for (int run = 0; run < 20_000; run++) {
      String text = randomText(random);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      // What indexing the string gave: the string as the bytes decode (a lone surrogate is "?").
      String decoded = new String(utf8, StandardCharsets.UTF_8);
      assertEquals(SearchTokenizer.indexTerms(decoded), scanned(utf8, 0, utf8.length), text);
    }
  }

  @Test
  void reads_only_its_slice_of_the_array() {
    byte[] utf8 = "xx Zürich ab".getBytes(StandardCharsets.UTF_8);
    // "Zürich" alone: the bytes around it are not read.
    int from = 3;
    int to = from + "Zürich".getBytes(StandardCharsets.UTF_8).length;
    assertEquals(List.of("zurich"), scanned(utf8, from, to));
    assertEquals(List.of("zu"), scanned(utf8, from, from + 3), "a character cut at the end is not read past");
  }

  @Test
  void bytes_that_are_not_utf8_give_the_terms_of_their_decoding() {
    Random random = new Random(9);
    for (int run = 0; run < 5_000; run++) {
      byte[] utf8 = randomText(random).getBytes(StandardCharsets.UTF_8);
      if (utf8.length == 0) continue;
      // Damage a byte or cut the end: the scan must agree with the decoder's replacement characters.
      byte[] bad = utf8.clone();
      bad[random.nextInt(bad.length)] = (byte) (0x80 + random.nextInt(0x80));
      String decoded = new String(bad, StandardCharsets.UTF_8);
      assertEquals(SearchTokenizer.indexTerms(decoded), scanned(bad, 0, bad.length), decoded);
      int cut = random.nextInt(utf8.length);
      assertEquals(SearchTokenizer.indexTerms(new String(utf8, 0, cut, StandardCharsets.UTF_8)), scanned(utf8, 0, cut));
    }
  }

  @Test
  void the_table_counts_as_term_counts_does() {
    Random random = new Random(13);
    TermTable table = new TermTable();
    Map<Integer, String> seen = new HashMap<>();
    for (int run = 0; run < 5_000; run++) {
      String title = randomText(random);
      String text = randomText(random) + " " + randomText(random);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      table.countDocument(title, utf8, 0, utf8.length);
      TermCounts expected = TermCounts.of(title, new String(utf8, StandardCharsets.UTF_8));
      Map<String, Integer> actual = new HashMap<>();
      for (int k = 0; k < table.touchedSize(); k++) {
        int id = table.touched(k);
        String term = table.term(id);
        // One number per term, whichever way (bytes or string) the term came.
        assertEquals(term, seen.computeIfAbsent(id, i -> term));
        actual.put(term, table.count(id));
      }
      Map<String, Integer> wanted = new HashMap<>();
      expected.counts().forEach((t, c) -> wanted.put(t, c[0]));
      assertEquals(wanted, actual, title + " | " + text);
      assertEquals(expected.length(), table.length());
      table.clearDocument();
    }
    assertEquals(seen.size(), table.size(), "no term numbered twice");
  }
}
