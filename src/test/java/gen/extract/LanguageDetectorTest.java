package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void latin_script_languages_by_their_common_words() {
    assertEquals("en", LanguageDetector.detect("The minister said that the talks with the council were going well for the country."));
    assertEquals("de", LanguageDetector.detect("Der Minister sagte, dass die Gespräche mit dem Rat gut für das Land verlaufen und nicht scheitern."));
    assertEquals("fr", LanguageDetector.detect("Le ministre a dit que les discussions avec le conseil sont bonnes pour la France et pour les citoyens."));
  }

  @Test
  void cyrillic_and_arabic_by_common_words_other_scripts_by_script() {
    assertEquals("ru", LanguageDetector.detect("Министр сказал, что переговоры с советом идут хорошо и что это было важно для страны."));
    assertEquals("ar", LanguageDetector.detect("قال الوزير في بيان إن المحادثات مع المجلس تسير على ما يرام في هذا العام"));
    assertEquals("ja", LanguageDetector.detect("大臣は、評議会との協議は順調に進んでいると述べました。"));
    assertEquals("el", LanguageDetector.detect("Ο υπουργός είπε ότι οι συνομιλίες πηγαίνουν καλά."));
  }

  @Test
  void too_few_common_words_or_no_letters_is_undetermined() {
    assertEquals("und", LanguageDetector.detect("Xiangyang Ouagadougou Reykjavik Tegucigalpa Ulaanbaatar Antananarivo"));
    assertEquals("und", LanguageDetector.detect("2024 — 12:30 … 45 %"));
    assertEquals("und", LanguageDetector.detect(""));
  }

  @Test
  void long_words_and_case_do_not_hide_common_words() {
    assertEquals("en", LanguageDetector.detect("THE INTERNATIONALIZATION OF THE COUNCIL AND THE CONSTITUTIONAL REFORM IS FOR THE PEOPLE"));
  }
}
