package gen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TaxonomyKeyTest {
  /** The rule the key follows, spelled out the slow way. */
  private static String rule(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void names_are_keyed_by_case_compatibility_forms_and_white_space() {
    List<String> names = List.of(
        "Xi Jinping", "xi jinping", "Xi  Jinping", " Xi Jinping ", "Xi\tJinping", "ＸＩ Jinping", "ﬁnance",
        "AT&T", "São Paulo", "İstanbul", "", " ", "a", "Ｒeuters", "U.S.", "x\u00A0y", "~tilde~", "line\nbreak");
    for (String n : names) assertEquals(rule(n), Taxonomy.key(n), n);
    assertEquals("xi jinping", Taxonomy.key("ＸＩ  Jinping "));
  }
}
