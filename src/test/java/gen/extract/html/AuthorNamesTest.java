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

  @Test
  void dropsWhatBylinesGlueAfterTheName() {
    assertEquals(List.of("MORITZ GATHMANN"), AuthorNames.fromByline("VON MORITZ GATHMANN am 21. April 2020"));
    assertEquals(List.of("Sara Zinnecker"), AuthorNames.fromByline("Sara Zinnecker Stand: 05. Februar 2020"));
    assertEquals(List.of("Tomas Spahn"), AuthorNames.fromByline("Von Tomas Spahn Fr, 18. Oktober 2019"));
    assertEquals(List.of("José Miguel Wilson"), AuthorNames.fromByline("José Miguel Wilson Hace 3 horas"));
    assertEquals(List.of("Johanna Kropfitsch"), AuthorNames.fromByline("Johanna Kropfitsch Alle Artikel"));
    assertEquals(List.of("Christoph Hein"), AuthorNames.fromByline("Christoph Hein Chefredakteur"));
    assertEquals(List.of("Williams Perdomo"), AuthorNames.fromByline("Williams Perdomo @wperdomod"));
    assertEquals(List.of("Adam Aaronson"), AuthorNames.fromByline("By Adam Aaronson PhillyVoice Staff"));
    assertEquals(List.of("Rasender Reporter"), AuthorNames.fromByline("Rasender Reporter"));
  }

  @Test
  void dropsWhatBylinesPutBeforeTheName() {
    assertEquals(List.of("Julia Lauter"), AuthorNames.fromByline("Interview: Julia Lauter"));
    assertEquals(List.of("Harald Willenbrock"), AuthorNames.fromByline("Text und Interview: Harald Willenbrock"));
    assertEquals(List.of("Robin Tschöpe"), AuthorNames.fromByline("FOCUS-Online-Experte Robin Tschöpe"));
    assertEquals(List.of(), AuthorNames.fromByline("SHOW ALL ARTICLES OF Heiko Sauer"));
  }

  @Test
  void namesEveryoneOfAnInterviewAndTheOutletWrittenFor() {
    assertEquals(List.of("Richard David Precht", "Karin Fischer"),
        AuthorNames.fromByline("Richard David Precht im Gespräch mit Karin Fischer"));
    assertEquals(List.of("Glen Owen", "Brendan Carlin"),
        AuthorNames.fromByline("By Glen Owen And Brendan Carlin For The Mail On Sunday"));
    assertEquals(List.of("Christian Seiler"), AuthorNames.fromByline("Christian Seiler Illustration von Markus Roost"));
  }

  @Test
  void keepsAgencyAndDeskCreditsWhole() {
    assertEquals(List.of("dpa/lno"), AuthorNames.fromByline("dpa/lno"));
    assertEquals(List.of("det/dpa"), AuthorNames.fromByline("Von: det/dpa"));
    assertEquals(List.of("MDR THÜRINGEN/ls"), AuthorNames.fromByline("MDR THÜRINGEN/ls"));
    assertEquals(List.of("AFP/The Local"), AuthorNames.fromByline("AFP/The Local"));
    assertEquals(List.of("Jane Doe", "dpa"), AuthorNames.fromByline("Von Jane Doe und dpa"));
    // Two people on either side of a slash are two authors.
    assertEquals(List.of("E. Barreneche", "J. I. Da Silva"), AuthorNames.fromByline("E. Barreneche / J. I. Da Silva"));
  }

  @Test
  void aWeekdayALabelOrARowOfTopicsIsNoName() {
    assertEquals(List.of(), AuthorNames.fromByline("Donnerstag, 4. November 2021"));
    assertEquals(List.of(), AuthorNames.fromByline("Von"));
    assertEquals(List.of(), AuthorNames.fromByline("Autoreninformation"));
    assertEquals(List.of(), AuthorNames.fromByline("CSP / International / Photovoltaik / Speicher"));
  }
}
