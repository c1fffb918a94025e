package gen.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gen.read.FrontMatter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewArticleTest {
  @Test
  void any_headline_survives_the_round_trip_through_yaml() throws Exception {
    for (String title : List.of("Plain", "Colon: yes", "# not a comment", "[not a list]", "\"quoted\" and \\ slash",
        "yes", "null", "2024-05-03", "Ελλάδα και 中国", "- dash", "tab\there")) {
      NewArticle a = new NewArticle(title, LocalDate.of(2024, 5, 3), "", "", List.of("a: b"));
      FrontMatter fm = FrontMatter.split(a.text()).frontMatter();
      assertEquals(title, fm.string("title").orElseThrow(), a.text());
      assertEquals(List.of("a: b"), fm.strings("tags"));
    }
  }

  @Test
  void names_the_file_by_date_and_slug() {
    assertEquals("2024-05-03-floods-in-the-north.md",
        new NewArticle("Floods in the North!", LocalDate.of(2024, 5, 3), "", "", List.of()).fileName());
  }

  @Test
  void refuses_a_blank_headline() {
    assertThrows(IllegalArgumentException.class, () -> new NewArticle(" ", LocalDate.of(2024, 5, 3), "", "", List.of()));
  }
}
