package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylinesTest {
  private static List<String> names(String line) {
    return Bylines.parse(line).orElse(List.of());
  }

  @Test
  void one_or_several_names() {
    assertEquals(List.of("Jane Doe"), names("By Jane Doe"));
    assertEquals(List.of("Jane Doe", "John Roe"), names("By Jane Doe and John Roe"));
    assertEquals(List.of("A Smith", "B Jones", "C Brown"), names("By A Smith, B Jones and C Brown"));
    assertEquals(List.of("A Smith", "B Jones", "C Brown"), names("By A Smith, B Jones, and C Brown"));
    assertEquals(List.of("Alexandre Hervaud", "Jérémy Piette"), names("By: Alexandre Hervaud & Jérémy Piette"));
    assertEquals(List.of("JOE HILDEBRAND"), names("BY JOE HILDEBRAND"));
    assertEquals(List.of("Dan Goodin"), names("Written by Dan Goodin"));
    assertEquals(List.of("Bruno (Henrique Zecchin) Rodrigues"), names("By Bruno (Henrique Zecchin) Rodrigues"));
    assertEquals(List.of("Contributors to Wikimedia projects"), names("By Contributors to Wikimedia projects"));
    assertEquals(List.of("BBC News"), names("By BBC News"));
    assertEquals(List.of("Martin Luther King Jr."), names("By Martin Luther King Jr."));
    assertEquals(List.of("John C. Welch"), names("By John C. Welch."));
    assertEquals(List.of("Andrew Hayden"), names("Posted by Andrew Hayden, Software Engineer"));
    assertEquals(List.of("Jane Doe"), names("By Jane Doe, reporting from Kyiv"));
  }

  @Test
  void other_languages() {
    assertEquals(List.of("Sébastien Farcis"), names("Par Sébastien Farcis"));
    assertEquals(List.of("Anna Müller", "Jonas Weber"), names("Von Anna Müller und Jonas Weber"));
    assertEquals(List.of("María López", "Juan Pérez"), names("Por María López y Juan Pérez"));
    assertEquals(List.of("Aleš Vávra"), names("Autor: Aleš Vávra"));
    assertEquals(List.of("Иван Петров"), names("Автор: Иван Петров"));
    assertEquals(List.of("Budi Santoso", "Siti Rahma"), names("Oleh Budi Santoso dan Siti Rahma"));
  }

  @Test
  void job_titles_agencies_and_places_are_not_names() {
    assertEquals(List.of("Jane Doe"), names("By Jane Doe, Senior Correspondent"));
    assertEquals(List.of("Jane Doe"), names("By Jane Doe - Staff writer"));
    assertEquals(List.of("Jane Doe"), names("By Jane Doe, CNN"));
    assertEquals(List.of("Jane Doe"), names("By Jane Doe in Kyiv"));
    assertEquals(List.of("Marie Dupont"), names("Par Marie Dupont, envoyée spéciale"));
    assertEquals(List.of("Ana da Silva"), names("Por Ana da Silva"));
  }

  @Test
  void news_agencies_the_byline_names_are_credited() {
    assertEquals(List.of("Jane Doe", "dpa"), names("By Jane Doe and dpa"));
    assertEquals(List.of("Adam Vidler", "AP"), names("By Adam Vidler, AP"));
    assertEquals(List.of("Reuters"), names("By Reuters"));
    assertEquals(List.of("Jane Doe", "Associated Press"), names("By Jane Doe, Associated Press"));
    assertEquals(List.of("Jane Doe", "Reuters"), names("By Jane Doe | Reuters"));
    assertEquals(List.of("Jane Doe", "AP"), names("By Jane Doe (AP)"));
    assertEquals(List.of("Jane Doe", "John Roe", "Reuters"), names("By Jane Doe and John Roe, Reuters"));
    assertEquals(List.of("dpa/lno"), names("Von dpa/lno"));
    assertEquals(List.of("Anna Müller", "dpa"), names("Von Anna Müller und dpa"));
  }

  @Test
  void a_date_beside_the_names_is_kept_apart() {
    var b = Bylines.parseLine("By Jane Doe on May 3, 2024").orElseThrow();
    assertEquals(List.of("Jane Doe"), b.names());
    assertEquals("2024-05-03", b.date().orElseThrow().iso());
    var c = Bylines.parseLine("By Jane Doe | Updated 03.05.2024").orElseThrow();
    assertEquals(List.of("Jane Doe"), c.names());
    assertTrue(c.date().isPresent());
  }

  @Test
  void sentences_are_not_bylines() {
    assertEquals(Optional.empty(), Bylines.parse("By the time the sun rose, the town was empty."));
    assertEquals(Optional.empty(), Bylines.parse("By 2030 the city wants to be carbon neutral"));
    assertEquals(Optional.empty(), Bylines.parse("Jane Doe"));
    assertEquals(Optional.empty(), Bylines.parse("Bylines are hard"));
    assertEquals(Optional.empty(), Bylines.parse("By Monday, Apple had sold three million phones."));
    assertEquals(Optional.empty(), Bylines.parse("Von Berlin aus fährt der Zug nach Hamburg weiter."));
  }
}
