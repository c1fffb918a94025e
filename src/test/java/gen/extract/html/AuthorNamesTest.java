package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {
  @Test
  void splitsAndDropsTheLeadingBy() {
    assertEquals(List.of("Jane Doe", "John Roe", "Ann Poe"), AuthorNames.fromByline("By Jane Doe, John Roe and Ann Poe"));
    assertEquals(List.of("Sébastien Farcis"), AuthorNames.fromByline("Par Sébastien Farcis"));
    assertEquals(List.of("Stella Kim", "Jennifer Jett"), AuthorNames.fromByline("Stella Kim & Jennifer Jett"));
  }

  @Test
  void dropsADateGluedToTheName() {
    assertEquals(List.of("Lucas Nolan"), AuthorNames.fromByline("by Lucas Nolan22 Dec 2016651"));
    assertEquals(List.of("Gillian Mohney"), AuthorNames.fromByline("By Gillian Mohney March 11, 2015 3:46 PM"));
  }

  @Test
  void dropsDegreesRolesAndOtherContributors() {
    assertEquals(List.of("Brenda Goodman"), AuthorNames.fromByline("By Brenda  Goodman, MA"));
    assertEquals(List.of("Ben Silverman"), AuthorNames.fromByline("Ben Silverman Games Editor"));
    assertEquals(List.of("Rob Ewaschuk"), AuthorNames.fromByline("Written by Rob Ewaschuk Edited by Betsy Beyer"));
  }

  @Test
  void readsCoAuthorsNamedInParentheses() {
    assertEquals(List.of("Martin Untersinger", "Damien Leloup", "Morgane Tual"),
        AuthorNames.fromByline("Martin Untersinger (avec Damien Leloup et Morgane Tual)"));
  }

  @Test
  void keepsAgenciesAndRemovesDuplicates() {
    assertEquals(List.of("AFP", "Reuters"), AuthorNames.fromAll(List.of("AFP", "Reuters", "afp")));
  }

  @Test
  void rejectsWhatIsNotAName() {
    assertEquals(List.of(), AuthorNames.fromByline("Follow Author"));
    assertEquals(List.of(), AuthorNames.fromByline("user12345"));
    assertEquals(List.of(), AuthorNames.fromByline("the staff of the newsroom at large today"));
  }

  @Test
  void aParenthesisBetweenTheWordsOfANameIsPartOfIt() {
    assertEquals(List.of("Bruno (Henrique Zecchin) Rodrigues"), AuthorNames.fromByline("Bruno (Henrique Zecchin) Rodrigues"));
    assertEquals(List.of("Jane Doe"), AuthorNames.fromByline("Jane Doe (Reuters)"));
    assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.fromByline("Jane Doe (AFP) and John Roe"));
  }
}
