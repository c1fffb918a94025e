package gen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void folds_accents_and_punctuation() {
    assertEquals("zurich-streets-cafe-s-new-menu", Slugs.slugify("Zürich streets: café’s new menu!"));
    assertEquals("strasse-in-lodz", Slugs.slugify("Straße in Łódź"));
  }

  @Test
  void non_latin_titles_get_a_stable_non_empty_id() {
    String zh = Slugs.slugify("中俄关系进入新时代");
    String ar = Slugs.slugify("الرئيس الصيني يزور موسكو");
    assertTrue(zh.matches("[0-9a-f]{8}"), zh);
    assertTrue(ar.matches("[0-9a-f]{8}"), ar);
    assertEquals(zh, Slugs.slugify("中俄关系进入新时代"));
    assertTrue(!zh.equals(ar));
  }

  @Test
  void long_titles_are_cut_at_a_word() {
    String slug = Slugs.slugify("word ".repeat(100));
    assertTrue(slug.length() <= 80, slug);
    assertTrue(!slug.endsWith("-"), slug);
  }
}
