package gen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {
  @Test
  void splits_words_on_punctuation_and_lower_cases_them() {
    assertEquals(
        List.of("the", "un", "security", "council", "met", "on", "friday", "2024"),
        SearchTokenizer.terms("The UN Security-Council met on Friday (2024)!"));
  }

  @Test
  void drops_one_character_words_and_overlong_tokens() {
    String longToken = "x".repeat(SearchTokenizer.MAX_WORD + 1);
    assertEquals(List.of("don", "vs"), SearchTokenizer.terms("a don't I vs " + longToken));
  }

  @Test
  void folds_diacritics_in_latin_greek_and_cyrillic() {
    assertEquals(List.of("zurich", "sao", "paulo", "sevilla"), SearchTokenizer.terms("Zürich São Paulo SEVİLLA"));
    assertEquals(List.of("strasse", "lodz", "aegir", "oresund"), SearchTokenizer.terms("Straße Łódź Ægir Øresund"));
    assertEquals(List.of("αθηνα", "οδυσσευσ"), SearchTokenizer.terms("Αθήνα Οδυσσεύς"));
    assertEquals(List.of("елка", "москва"), SearchTokenizer.terms("Ёлка Москва"));
  }

  @Test
  void folds_compatibility_forms() {
    assertEquals(List.of("office", "abc123"), SearchTokenizer.terms("Oﬃce ＡＢＣ１２３"));
  }

  @Test
  void removes_arabic_and_hebrew_vowel_marks_but_keeps_indic_vowel_signs() {
    assertEquals(SearchTokenizer.terms("كتب"), SearchTokenizer.terms("كَتَبَ"));
    assertEquals(SearchTokenizer.terms("שלום"), SearchTokenizer.terms("שָׁלוֹם"));
    // Devanagari vowel signs are part of the word, not decoration.
    assertEquals(List.of("नमस्ते", "भारत"), SearchTokenizer.terms("नमस्ते, भारत"));
  }

  @Test
  void splits_chinese_into_overlapping_bigrams() {
    assertEquals(List.of("习近", "近平", "主席"), SearchTokenizer.terms("习近平，主席"));
  }

  @Test
  void indexed_chinese_text_also_gives_each_han_character_but_not_kana_or_thai_ones() {
    assertEquals(List.of("习", "习近", "近", "近平", "平"), SearchTokenizer.indexTerms("习近平"));
    assertEquals(List.of("東", "東京", "京", "京に", "に行", "行", "行く"), SearchTokenizer.indexTerms("東京に行く"));
    assertEquals(List.of("ไท", "ทย"), SearchTokenizer.indexTerms("ไทย"));
    assertEquals(List.of("雨"), SearchTokenizer.indexTerms("雨"), "a lone character once, not twice");
  }

  @Test
  void keeps_a_lone_han_character_and_mixes_with_latin_words() {
    assertEquals(List.of("中", "brics", "峰会"), SearchTokenizer.terms("中 BRICS峰会"));
  }

  @Test
  void japanese_kana_and_kanji_and_the_prolonged_sound_mark_stay_in_one_run() {
    assertEquals(List.of("コー", "ーヒ", "ヒー"), SearchTokenizer.terms("コーヒー"));
    assertEquals(List.of("東京", "京に", "に行", "行く"), SearchTokenizer.terms("東京に行く"));
    // Half-width katakana fold to full width, so both spellings find each other.
    assertEquals(SearchTokenizer.terms("テレビ"), SearchTokenizer.terms("ﾃﾚﾋﾞ"));
  }

  @Test
  void thai_is_split_into_bigrams_too() {
    assertEquals(List.of("ไท", "ทย"), SearchTokenizer.terms("ไทย"));
  }

  @Test
  void korean_is_spaced_and_stays_whole() {
    assertEquals(List.of("서울", "대통령"), SearchTokenizer.terms("서울 대통령"));
  }
}
