package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.Quote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static List<Quote> quotes(String paragraph, String... people) {
    return QuoteFinder.find(List.of(paragraph), List.of(people));
  }

  @Test
  void speaker_after_the_quote() {
    assertEquals(
        List.of(new Quote("China-Russia ties have forged a new model of major-country relations", Optional.of("Xi Jinping"))),
        quotes("“China-Russia ties have forged a new model of major-country relations,” Xi said, emphasizing it.", "Xi Jinping"));
    assertEquals(
        Optional.of("Jane Doe"), quotes("\"We will build the bridge next year,\" said Jane Doe.", "Jane Doe").get(0).speaker());
  }

  @Test
  void speaker_before_the_quote_and_by_pronoun() {
    assertEquals(
        Optional.of("Jane Doe"), quotes("Jane Doe said: “We will build the bridge next year.”", "Jane Doe").get(0).speaker());
    var q =
        QuoteFinder.find(
            List.of(
                "In a signed article, Xi stressed history.",
                "“We must draw wisdom and strength from the victory,” he wrote."),
            List.of("Xi Jinping"));
    assertEquals(Optional.of("Xi Jinping"), q.get(0).speaker());
  }

  @Test
  void quotes_in_other_languages() {
    assertEquals(
        Optional.of("Jean Dupont"),
        quotes("« Nous allons construire le pont l'an prochain », a déclaré Jean Dupont.", "Jean Dupont").get(0).speaker());
    assertEquals(
        Optional.of("Anna Müller"),
        quotes("„Wir bauen die Brücke im nächsten Jahr“, sagte Anna Müller am Dienstag.", "Anna Müller").get(0).speaker());
    assertEquals(
        Optional.of("Juan Pérez"),
        quotes("«Vamos a construir el puente el año próximo», dijo Juan Pérez.", "Juan Pérez").get(0).speaker());
  }

  @Test
  void a_quote_nobody_is_said_to_have_said_has_no_speaker() {
    assertEquals(Optional.empty(), quotes("The sign read “No entry after dark for anyone at all”.").get(0).speaker());
  }

  @Test
  void short_quoted_words_are_not_quotes() {
    assertEquals(List.of(), quotes("He called it “a success” and left."));
  }
}
