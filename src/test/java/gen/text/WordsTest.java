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
}
