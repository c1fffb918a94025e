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
  void people_by_title_by_given_name_and_by_speech_verb() {
    Entities e = EntityFinder.find(
        "Chinese President Xi Jinping met Russian President Vladimir Putin. Later, Jane Doe said the talks went well.");
    assertTrue(e.people().containsAll(List.of("Xi Jinping", "Vladimir Putin", "Jane Doe")), e.toString());
    assertEquals(3, e.people().size(), e.toString());
  }

  @Test
  void titles_and_honorifics_are_not_part_of_the_name_and_a_surname_is_the_person_named_in_full() {
    Entities e = EntityFinder.find(
        "Sir Keir Starmer met General Antonio Guterres in London. Mr Starmer said the talks were useful. "
            + "Guterres agreed.");
    assertEquals(List.of("Keir Starmer", "Antonio Guterres"), e.people());
    assertEquals(List.of("London"), e.places());
  }

  @Test
  void words_that_open_a_sentence_and_possessives_are_no_part_of_a_name() {
    Entities e = EntityFinder.find(
        "Joschka Fischer spoke first. But Fischer said little. As Claudia Sheinbaum’s government met, Sheinbaum left.");
    assertEquals(List.of("Claudia Sheinbaum", "Joschka Fischer"), e.people().stream().sorted().toList());
  }

  @Test
  void a_name_is_not_cut_into_pieces_of_another_kind() {
    Entities e = EntityFinder.find(
        "Chad Hawk scored twice for Manchester United on Sunday. Hawk said Manchester United deserved it.");
    assertEquals(List.of("Chad Hawk"), e.people());
    assertEquals(List.of("Manchester United"), e.organizations());
    assertEquals(List.of(), e.places(), "neither Chad nor Manchester is a place here");
  }

  @Test
  void no_name_runs_across_a_paragraph_break() {
    Entities e = EntityFinder.find("The talks were held in Paris\n\nEmmanuel Macron opened them.");
    assertEquals(List.of("Emmanuel Macron"), e.people());
    assertEquals(List.of("Paris"), e.places());
  }

  @Test
  void common_words_in_capitals_are_no_organizations() {
    Entities e = EntityFinder.find(
        "GET THE APP\n\nWHAT YOU NEED TO KNOW TODAY\n\nBREAKING NEWS: THE STORM IS HERE\n\n"
            + "The storm hit at 10:00 GMT (11:00 UTC+1), DNA tests and SMS alerts followed, the BBC reported.");
    assertEquals(List.of("BBC"), e.organizations());
  }

  @Test
  void organizations_by_cue_word_and_by_gazetteer_and_acronyms() {
    Entities e = EntityFinder.find(
        "The Labour Party and Deutsche Bank talked to Reuters. NATO and the Bank of England met with Hamas officials.");
    assertTrue(e.organizations().containsAll(List.of("Labour Party", "Deutsche Bank", "Reuters", "NATO", "Bank of England", "Hamas")),
        e.toString());
    assertEquals(6, e.organizations().size(), e.toString());
  }

  @Test
  void german_nouns_are_no_names_and_exonyms_are_places() {
    Entities e = EntityFinder.find("",
        "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Regierung wolle mit Russland und der Ukraine reden. "
            + "Die Lage in Moskau und Brüssel sei ernst, sagte Scholz. Auch die AfD und die Deutsche Bahn äußerten sich.",
        "de");
    assertEquals(List.of("Olaf Scholz"), e.people());
    assertTrue(e.places().containsAll(List.of("Berlin", "Russland", "Ukraine", "Moskau", "Brüssel")), e.toString());
    assertEquals(5, e.places().size(), e.toString());
    assertEquals(List.of("AfD", "Deutsche Bahn"), e.organizations().stream().sorted().toList());
  }

  @Test
  void french_and_spanish_titles_in_lower_case_mark_a_person() {
    Entities fr = EntityFinder.find("", "Selon le président Emmanuel Macron, la France et l'Allemagne sont d'accord.", "fr");
    assertEquals(List.of("Emmanuel Macron"), fr.people());
    assertTrue(fr.places().containsAll(List.of("France", "Allemagne")), fr.toString());
    Entities es = EntityFinder.find("", "El presidente Gustavo Petro viajó a Londres, dijo Petro.", "es");
    assertEquals(List.of("Gustavo Petro"), es.people());
    assertEquals(List.of("Londres"), es.places());
  }

  @Test
  void a_place_that_ends_like_an_organization_is_a_place() {
    Entities e = EntityFinder.find("China and the Soviet Union stood united. The United Nations met in Geneva.");
    assertTrue(e.places().containsAll(List.of("Soviet Union", "China", "Geneva")), e.toString());
    assertEquals(List.of("United Nations"), e.organizations());
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
    assertEquals(List.of("Vladimir Putin", "Xi Jinping"), e.people().stream().sorted().toList());
    assertTrue(e.places().containsAll(List.of("Moscow", "China", "Russia")), e.toString());
    assertFalse(e.places().contains("Shanghai"), e.toString());
    assertTrue(e.organizations().containsAll(List.of("UN", "BRICS", "Shanghai Cooperation Organization")), e.toString());
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
}
