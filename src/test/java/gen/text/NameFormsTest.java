package gen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameFormsTest {

  @Test
  void a_closing_possessive_is_no_part_of_a_name() {
    assertEquals("Starmer", NameForms.withoutPossessive("Starmer's"));
    assertEquals("Keir Starmer", NameForms.withoutPossessive("Keir Starmer’s"));
    assertEquals("Reuters", NameForms.withoutPossessive("Reuters'"));
    assertEquals("India’s Supreme Court", NameForms.withoutPossessive("India’s Supreme Court"), "only at the end");
    assertEquals("Mars", NameForms.withoutPossessive("Mars"));
  }

  @Test
  void titles_before_a_person_are_taken_off_but_never_the_whole_name() {
    assertEquals("Starmer", NameForms.cleanPerson("Mr Starmer"));
    assertEquals("Keir Starmer", NameForms.cleanPerson("Sir Keir Starmer"));
    assertEquals("Keir Starmer", NameForms.cleanPerson("Prime Minister Keir Starmer's"));
    assertEquals("Jill Stein", NameForms.cleanPerson("Dr. Jill Stein"));
    assertEquals("Jill Stein", NameForms.cleanPerson("Former President Dr Jill Stein"));
    assertEquals("Drake Bell", NameForms.cleanPerson("Drake Bell"), "a title is a whole word");
    assertEquals("Mrs", NameForms.cleanPerson("Mrs"));
    assertEquals("King Charles", NameForms.cleanPerson("King Charles"), "a royal style is how he is known");
  }

  @Test
  void a_leading_the_is_no_part_of_an_organization_or_place() {
    assertEquals("United Nations", NameForms.cleanOther("the United Nations"));
    assertEquals("Hague", NameForms.cleanOther("The Hague"));
    assertEquals("Theatre Royal", NameForms.cleanOther("Theatre Royal"));
  }

  @Test
  void fold_ignores_case_accents_full_stops_apostrophes_and_hyphens() {
    assertEquals("us", NameForms.fold("U.S."));
    assertEquals("us", NameForms.fold("US"));
    assertEquals("jean luc melenchon", NameForms.fold("Jean-Luc  Mélenchon"));
    assertEquals("ohare", NameForms.fold("O’Hare"));
    assertEquals("北京", NameForms.fold("北京"));
  }

  @Test
  void a_persons_key_leaves_out_middle_initials_and_the_surname_leaves_out_suffixes() {
    assertEquals("donald trump", NameForms.personKey("Donald J. Trump"));
    assertEquals("j smith", NameForms.personKey("J. Smith"));
    assertEquals("king", NameForms.surname("martin luther king jr"));
    assertEquals("trump", NameForms.surname("donald trump"));
  }
}
