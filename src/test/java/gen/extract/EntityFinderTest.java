package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Entities;
import gen.text.RandomPieces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityFinderTest {
  @Test
  void people_by_title_and_by_speech_verb() {
    Entities e =
        EntityFinder.find(
            "Chinese President Xi Jinping met Russian President Vladimir Putin. Later, Jane Doe said the talks went well.");
    assertEquals(List.of("Xi Jinping", "Vladimir Putin", "Jane Doe"), e.people());
  }

  @Test
  void a_place_that_ends_like_an_organization_is_a_place() {
    Entities e = EntityFinder.find("China and the Soviet Union stood united. The United Nations met in Geneva.");
    assertTrue(e.places().contains("Soviet Union"), e.toString());
    assertFalse(e.organizations().contains("Soviet Union"), e.toString());
    assertTrue(e.organizations().contains("United Nations"), e.toString());
    assertTrue(e.places().contains("China"), e.toString());
  }

  @Test
  void a_place_inside_an_organization_name_is_not_a_place_mention() {
    Entities e = EntityFinder.find("They met at the Shanghai Cooperation Organization summit with BRICS leaders.");
    assertEquals(List.of("Shanghai Cooperation Organization", "BRICS"), e.organizations());
    assertFalse(e.places().contains("Shanghai"), e.toString());
  }

  @Test
  void the_seed_article() throws Exception {
    Path seed = Path.of("seeds/000_883328fdf6cbbe4f.txt");
    var article = TextFixtures.extract(Files.readString(seed));
    Entities e = article.meta().entities();
    assertEquals(List.of("Xi Jinping", "Vladimir Putin"), e.people());
    assertTrue(e.places().containsAll(List.of("Moscow", "China", "Russia", "Soviet Union")), e.toString());
    assertFalse(e.places().contains("Shanghai"), e.toString());
    assertTrue(
        e.organizations().containsAll(List.of("United Nations", "BRICS", "Shanghai Cooperation Organization")), e.toString());
    assertFalse(e.organizations().contains("Soviet Union"), e.toString());
  }

  @Test
  void single_spacing_is_what_the_regex_made_it() {
    String[] pieces = {"Jane", "Doe", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\f", "\u00A0", "of", "É", "-"};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 20000; round++) {
      String t = RandomPieces.text(random, pieces, 9);
      assertEquals(t.replaceAll("\\s+", " "), EntityFinder.singleSpaced(t), t);
    }
  }

  @Test
  void the_last_word_before_a_name_is_what_the_regex_made_it() {
    String[] pieces = {
      "the", " ", "President", "minister", ", ", "é", "café", "1", "_", "x", "\n", "\r", "\u2028", "\uD835\uDC00",
      "—", "’", ".", "  ", "Dr", "ß", "2024", "\u0085", "\u2029", "\r\n", "Minister"
    };
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 20000; round++) {
      String t = RandomPieces.text(random, pieces, 9);
      assertEquals(EntityFinder.LAST_WORD.matcher(t).replaceAll("$1"), EntityFinder.lastWord(t), t);
      // The same read in place, inside a longer array.
      String padded = "Mr x\n" + t + "Doe said";
      assertEquals(EntityFinder.lastWord(t), EntityFinder.lastWord(padded.toCharArray(), 5, 5 + t.length()), t);
    }
  }
}
