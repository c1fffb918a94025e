package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineHeuristicTest {
  private static List<String> authors(String body) {
    return Pages.run("<html><body>" + body + "</body></html>", new BylineHeuristic())
        .candidates().value(Field.AUTHORS).orElse(List.of());
  }

  @Test
  void readsMicrodataAuthorNames() {
    assertEquals(List.of("Jane Doe"),
        authors("<div itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span><span>Staff</span></div>"));
  }

  @Test
  void readsRelAuthorLinks() {
    assertEquals(List.of("Jane Doe", "John Roe"),
        authors("<p>By <a rel=\"author\" href=\"/a\">Jane Doe</a> and <a rel=\"author\" href=\"/b\">John Roe</a></p>"));
  }

  @Test
  void readsABylineElementAndCleansIt() {
    assertEquals(List.of("Nathan Willis"), authors("<div class=\"byline\">By Nathan Willis\n March 25, 2015</div>"));
  }

  @Test
  void ignoresAuthorsOfComments() {
    assertEquals(List.of(), authors("<div class=\"comments\"><span class=\"author\">Some Reader</span></div>"));
  }

  private static List<String> authorsAfterMeta(String head, String body) {
    return Pages.run("<html><head>" + head + "</head><body>" + body + "</body></html>", new MetaTagsHeuristic(), new BylineHeuristic())
        .candidates().value(Field.AUTHORS).orElse(List.of());
  }

  @Test
  void theShownAuthorWinsOverAMetaAuthorThePageNeverShows() {
    assertEquals(List.of("NightOwlWriter"), authorsAfterMeta("<meta name=author content=\"Fan Fiction Society\">",
        "<h1>A story</h1><p>by <a rel=author href=/users/owl>NightOwlWriter</a></p><p>Once upon a time.</p>"));
  }

  @Test
  void aMetaAuthorThePageAlsoShowsStays() {
    assertEquals(List.of("Jane Doe"), authorsAfterMeta("<meta name=author content=\"Jane Doe\">",
        "<p>Jane Doe reports.</p><p><a rel=author href=/staff>Desk Editors</a></p>"));
  }
}
