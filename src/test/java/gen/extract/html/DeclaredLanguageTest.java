package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import gen.extract.LanguageHeuristic;
import org.junit.jupiter.api.Test;

/** The page's own {@code <html lang>} is taken when the text agrees with it or cannot tell. */
class DeclaredLanguageTest {
  private static final String GERMAN =
      "<p>Der Minister sagte, dass die Gespräche mit dem Rat gut für das Land verlaufen und nicht scheitern werden.</p>";

  private static String language(String html) {
    var ctx = Pages.run(html, new LanguageHeuristic());
    var best = ctx.candidates().best(Field.LANGUAGE).orElseThrow();
    return best.value() + " from " + best.provenance();
  }

  @Test
  void the_declared_region_is_kept_when_the_text_agrees() {
    assertEquals("de-AT from html-lang", language("<html lang=\"de-AT\"><body><article>" + GERMAN + "</article></body></html>"));
  }

  @Test
  void the_text_wins_over_a_declaration_it_contradicts() {
    assertEquals("de from text", language("<html lang=\"en\"><body><article>" + GERMAN + "</article></body></html>"));
  }
}
