package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.extract.ExtractionJson;
import gen.extract.Extractor;
import gen.model.Article;
import gen.model.SourceFile;
import gen.read.ArticleReader;
import gen.read.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The date and byline shown above a story are metadata: neither opens the extracted body. */
class LeadingDateLinesTest {
  private static final String STORY =
      "<p>The city council voted on Tuesday to approve a long-debated plan to rebuild the harbour front.</p>"
          + "<p>The plan sets aside money for a new sea wall, a public promenade and a ferry terminal.</p>"
          + "<p>The vote on June 2, 2024 ended two years of hearings, the clerk said.</p>"
          + "<p>By the end of the meeting, opponents had left the chamber in protest.</p>";

  private static Article extract(String header) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Council approves the harbour plan | Example Gazette</title></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>"
        + "<main><article><h1>Council approves the harbour plan</h1>" + header + STORY
        + "</article></main><footer>Copyright 2024 Example Gazette</footer></body></html>";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    SourceFile file = new SourceFile(Path.of("page.html"), "page.html", bytes.length, Instant.EPOCH);
    try {
      return new Extractor().extract(ArticleReader.forFormat(Format.HTML).read(file, bytes));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void assertStoryOpensTheBody(Article a) {
    assertTrue(a.bodyText().startsWith("The city council voted"), a.bodyText());
    String json = ExtractionJson.of(a).get("body").getAsString();
    assertTrue(json.startsWith("The city council voted"), json);
    assertFalse(a.bodyHtml().contains("June 2, 2024</time>"), a.bodyHtml());
    assertFalse(a.bodyHtml().contains("Jane Doe"), a.bodyHtml());
  }

  @Test
  void a_time_element_above_the_story_is_not_its_first_paragraph() {
    Article a = extract("<time datetime=\"2024-06-02T09:30:00-04:00\">June 2, 2024</time><span class=\"author\">By Jane Doe</span>");
    assertStoryOpensTheBody(a);
    assertTrue(a.meta().published().orElseThrow().iso().startsWith("2024-06-02"));
  }

  @Test
  void bare_date_and_byline_lines_above_the_story_go_too() {
    assertStoryOpensTheBody(extract("<div><span>June 2, 2024</span></div><div><b>By Jane Doe</b></div>"));
    assertStoryOpensTheBody(extract("<p><em>By Jane Doe</em> | 02.06.2024, 09:30</p>"));
  }

  @Test
  void dates_and_by_lines_inside_the_story_stay() {
    Article a = extract("<time datetime=\"2024-06-02\">June 2, 2024</time>");
    assertTrue(a.bodyText().contains("The vote on June 2, 2024 ended"), a.bodyText());
    assertTrue(a.bodyText().contains("By the end of the meeting"), a.bodyText());
  }
}
