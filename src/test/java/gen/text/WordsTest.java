package gen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void apostrophes_and_hyphens_join_a_word_other_punctuation_splits() {
    assertEquals(5, Words.count("It's a well-known fact—really."));
    assertEquals(3, Words.count("don’t stop 2024"));
    assertEquals(4, Words.count("Ça va, Zürich? «Oui»"));
  }

  @Test
  void han_kana_and_thai_characters_count_half_a_word() {
    assertEquals(2, Words.count("東京都庁"));
    assertEquals(3, Words.count("東京都庁舎"));
    assertEquals(2 + 1, Words.count("Tokyo 東京 said"));
  }

  @Test
  void supplementary_letters_are_letters() {
    assertEquals(2, Words.count("\uD835\uDC00\uD835\uDC01 abc"));
  }

  /** The count as it was made, code point by code point, for comparison. */
  private static int reference(String text) {
    int words = 0;
    int unspaced = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Words.isUnspacedScript(cp)) {
        unspaced++;
        inWord = false;
      } else if (cp < 0x80 ? Character.isLetterOrDigit(cp) && (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' || cp >= '0' && cp <= '9'
          : Character.isLetterOrDigit(cp)) {
        if (!inWord) words++;
        inWord = true;
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        inWord = false;
      }
    }
    return words + (unspaced + 1) / 2;
  }

  @Test
  void counts_are_those_of_the_code_point_by_code_point_count() {
    String[] pieces = {"word", "Word", "42", "x1", " ", "  ", "\n\n", "'", "’", "-", "—", ",", ".", "é", "café", "中文", "ひら", "ไทย",
        "\uD835\uDC00", "\uD800", "Москва", "مرحبا", "_", "@", "[", "`", "{"};
    java.util.Random random = new java.util.Random(23);
    for (int round = 0; round < 20000; round++) {
      String t = RandomPieces.text(random, pieces, 14);
      assertEquals(reference(t), Words.count(t), t);
      assertEquals(reference(t), Words.count(t.toCharArray()), t);
    }
  }
}
