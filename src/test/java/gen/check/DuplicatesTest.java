package gen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  static final String STORY =
      "The city council voted on Tuesday to expand the harbour, ending a decade of debate over the cost. "
          + "Supporters said the new berths would bring container ships and jobs back to the waterfront, "
          + "while opponents warned that dredging would harm the oyster beds that fishermen have worked for generations. "
          + "The mayor said construction would begin next spring and take three years to complete.";

  private static List<Finding> check(String... bodies) {
    List<gen.model.Article> articles = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) articles.add(Articles.withBody("file" + i + ".txt", bodies[i]));
    List<Finding> out = new ArrayList<>();
    Duplicates.check(articles, "", out);
    return out;
  }

  @Test
  void finds_the_same_text_saved_twice_whatever_the_spacing_and_case() {
    List<Finding> f = check(STORY, STORY.toUpperCase().replace(" ", "  "));
    assertEquals(1, f.size(), f.toString());
    assertEquals("duplicate", f.get(0).code());
    assertEquals("file1.txt", f.get(0).file());
    assertTrue(f.get(0).message().contains("file0.txt"));
  }

  @Test
  void finds_a_near_duplicate_with_a_few_words_changed() {
    String edited = STORY.replace("Tuesday", "Wednesday").replace("three years", "four years") + " Reporting by staff.";
    List<Finding> f = check(STORY, edited);
    assertEquals(1, f.size(), f.toString());
    assertEquals("near-duplicate", f.get(0).code());
    assertTrue(f.get(0).message().matches("\\d+% the same text as file0\\.txt"), f.get(0).message());
  }

  @Test
  void different_articles_on_the_same_subject_are_not_duplicates() {
    String other =
        "Fishermen gathered at the harbour on Tuesday to protest against the council's expansion plan. "
            + "They said dredging would destroy the oyster beds and that no study of the damage had been published. "
            + "A council spokesman said an environmental review would be released before any work begins, "
            + "and that compensation for lost catches was being discussed with the fishing cooperative.";
    assertEquals(List.of(), check(STORY, other));
  }

  @Test
  void short_texts_are_only_compared_exactly() {
    assertEquals(List.of(), check("Photo: the harbour at dawn.", "Photo: the harbour at dusk."));
    assertEquals(1, check("Photo: the harbour at dawn.", "Photo: the harbour at dawn.").size());
  }

  @Test
  void jaccard_of_sorted_sets() {
    assertEquals(0.5, Duplicates.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4, 5}) * 1.25, 1e-9);
    assertEquals(1.0, Duplicates.jaccard(new long[] {7}, new long[] {7}), 1e-9);
  }
}
