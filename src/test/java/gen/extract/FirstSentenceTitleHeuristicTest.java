package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.text.RandomPieces;
import org.junit.jupiter.api.Test;

class FirstSentenceTitleHeuristicTest {
  private static String title(String text) {
    var ctx = TextFixtures.context(text, new FirstSentenceTitleHeuristic());
    assertEquals("first-sentence", ctx.candidates().best(Field.TITLE).orElseThrow().provenance());
    return ctx.candidates().value(Field.TITLE).orElseThrow();
  }

  @Test
  void the_seed_lede_is_cut_before_a_linking_word() {
    assertEquals(
        "Chinese President Xi Jinping joined Russian President Vladimir Putin in Moscow on Friday",
        title(
            "Chinese President Xi Jinping joined Russian President Vladimir Putin in Moscow on Friday to commemorate"
                + " the 80th anniversary of the Soviet Union’s victory in the Great Patriotic War. The leaders met.\nMore."));
  }

  @Test
  void a_short_first_sentence_is_the_title_without_its_full_stop() {
    assertEquals("Three people have died during protests in Bolivia", title("Three people have died during protests in Bolivia. Police said more.\nMore."));
    assertEquals("Why do cats purr?", title("Why do cats purr? Scientists have long wondered about it.\nMore."));
  }

  @Test
  void abbreviations_and_initials_do_not_end_the_sentence() {
    assertEquals(
        "South Dakota Gov. Kristi Noem is defending the state’s campaign",
        title("South Dakota Gov. Kristi Noem is defending the state’s campaign. Critics disagree.\nMore."));
    assertEquals(
        "The U.S. has long been a land of opportunity for many",
        title("The U.S. has long been a land of opportunity for many. Not for all.\nMore."));
  }

  @Test
  void the_dateline_is_not_part_of_the_title() {
    assertEquals("Rafael Nadal kept Spain’s hopes alive", title("MADRID — Rafael Nadal kept Spain’s hopes alive. Then he won again.\nMore."));
    assertEquals(
        "Scientists on Monday unveiled the first global geological map",
        title("WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map. It is big.\nMore."));
  }

  @Test
  void a_long_sentence_is_cut_at_a_clause_boundary_and_never_whole() {
    String lede =
        "Der Stadtrat hat am Dienstag nach einer langen und kontroversen Debatte beschlossen, eine zweite Brücke über"
            + " den Fluss zu bauen, die im nächsten Frühjahr begonnen werden soll.";
    String t = title(lede + "\nMehr.");
    assertTrue(t.length() <= FirstSentenceTitleHeuristic.MAX_CHARS, t);
    assertEquals("Der Stadtrat hat am Dienstag nach einer langen und kontroversen Debatte beschlossen", t);
  }

  @Test
  void captions_above_the_lede_are_passed_over() {
    assertEquals(
        "Virtual reality has officially reached the consoles",
        title("Photo\n1 / 5\nVirtual reality has officially reached the consoles. Sony said so.\nMore."));
  }

  @Test
  void a_title_from_elsewhere_wins() {
    var ctx = TextFixtures.context("Headline here\nThe lede is a sentence that is long enough.\nMore.", new TextHeaderHeuristic(), new FirstSentenceTitleHeuristic());
    assertEquals("first-line", ctx.candidates().best(Field.TITLE).orElseThrow().provenance());
  }

  @Test
  void counting_words_early_is_splitting_on_white_space() {
    String[] pieces = {"word", "x", " ", "  ", "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "“", "中文", ""};
    java.util.Random random = new java.util.Random(37);
    for (int round = 0; round < 20000; round++) {
      String t = RandomPieces.text(random, pieces, 16);
      for (int words = 0; words <= 8; words++) {
        assertEquals(FirstSentenceTitleHeuristic.WHITESPACE.split(t).length >= words, FirstSentenceTitleHeuristic.hasWords(t, words), words + " in " + t);
      }
    }
  }

  @Test
  void tidying_is_what_the_dangling_regex_made_it() {
    String[] pieces = {"word", "Talks", " ", "  ", ",", ";", ":", "–", "—", "-", "and", "AND", "or", "the", "a", "an", "of", "to",
        "und", "et", "y", "e", "la", "le", "el", "der", "die", "das", "daſ", "DAS", "x", "é", "\u00A0", "\n", "中文", "\uD835\uDC00", "K", "ı"};
    java.util.Random random = new java.util.Random(41);
    for (int round = 0; round < 30000; round++) {
      String t = RandomPieces.text(random, pieces, 8);
      assertEquals(FirstSentenceTitleHeuristic.DANGLING.matcher(t.strip()).replaceAll("").strip(), FirstSentenceTitleHeuristic.tidy(t), t);
    }
  }
}
