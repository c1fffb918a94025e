package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gen.extract.Field;
import org.junit.jupiter.api.Test;

class PageDateHeuristicTest {
  private static String date(String body) {
    return Pages.run("<html><body>" + body + "</body></html>", new PageDateHeuristic())
        .candidates().value(Field.DATE).map(d -> d.iso()).orElse("none");
  }

  @Test
  void prefersTheTimeInsideTheArticleToOneInTheSidebar() {
    assertEquals("2024-05-03T09:30:00+02:00",
        date("<aside><time datetime=\"2023-01-01\">old</time></aside>"
            + "<article><time datetime=\"2024-05-03T09:30:00+02:00\">3. Mai 2024</time><p>text</p></article>"));
  }

  @Test
  void skipsModificationDates() {
    assertEquals("2024-05-03",
        date("<article><span class=\"updated\"><time datetime=\"2024-06-01\">1 June</time></span>"
            + "<time datetime=\"2024-05-03\">3 May</time></article>"));
  }

  @Test
  void readsMicrodataAndDateElements() {
    assertEquals("2015-04-30T07:19:58", date("<meta itemprop=\"datePublished\" content=\"2015-04-30T07:19:58\">"));
    assertEquals("2024-05-03", date("<div class=\"article-date\">Published: 3. Mai 2024</div>"));
  }

  @Test
  void findsNoDateWhereNoneIsGiven() {
    var ctx = Pages.run("<html><body><div class=\"date\">Tuesday</div><p>Nothing here</p></body></html>", new PageDateHeuristic());
    assertFalse(ctx.candidates().has(Field.DATE));
  }
}
