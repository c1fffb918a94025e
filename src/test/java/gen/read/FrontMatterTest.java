package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void text_without_fences_has_no_front_matter() throws Exception {
    FrontMatter.Split s = FrontMatter.split("Just a line.\n");
    assertTrue(s.frontMatter().isEmpty());
    assertEquals("Just a line.\n", s.body());
  }

  @Test
  void reads_scalars_lists_and_body() throws Exception {
    FrontMatter.Split s =
        FrontMatter.split(
            """
            ---
            title: "Hello: world"
            Tags: [a, b]
            authors:
              - Jane Doe
              - John Roe
            draft: true
            ---
            Body text.
            """);
    assertEquals(Optional.of("Hello: world"), s.frontMatter().string("title"));
    assertEquals(List.of("a", "b"), s.frontMatter().strings("tags"));
    assertEquals(List.of("Jane Doe", "John Roe"), s.frontMatter().strings("authors"));
    assertEquals(Optional.of(true), s.frontMatter().bool("draft"));
    assertEquals("Body text.\n", s.body());
  }

  @Test
  void a_comma_separated_string_is_a_list() throws Exception {
    FrontMatter fm = FrontMatter.split("---\ntags: politics, world ,\n---\nx").frontMatter();
    assertEquals(List.of("politics", "world"), fm.strings("tags"));
  }

  @Test
  void errors_on_front_matter_over_the_size_limit_without_parsing_it() {
    String value = "a".repeat(Limits.MAX_FRONT_MATTER_CHARS);
    var e = assertThrows(UnreadableFileException.class,
        () -> FrontMatter.split("---\ntitle: " + value + "\n---\nBody"));
    assertEquals("skipped: front matter larger than 256 KB", e.getMessage());
    // Unclosed, the same: the search for the closing fence stops at the limit.
    var unclosed = assertThrows(UnreadableFileException.class,
        () -> FrontMatter.split("---\ntitle: x\n" + "b: c\n".repeat(Limits.MAX_FRONT_MATTER_CHARS)));
    assertEquals("skipped: front matter larger than 256 KB", unclosed.getMessage());
  }

  @Test
  void front_matter_just_within_the_size_limit_is_read() throws Exception {
    String value = "a".repeat(Limits.MAX_FRONT_MATTER_CHARS - 20);
    FrontMatter.Split s = FrontMatter.split("---\ntitle: " + value + "\n---  \nBody");
    assertEquals(Optional.of(value), s.frontMatter().string("title"));
    assertEquals("Body", s.body());
  }

  @Test
  void errors_on_missing_closing_fence() {
    var e = assertThrows(UnreadableFileException.class, () -> FrontMatter.split("---\ntitle: x\nBody"));
    assertTrue(e.getMessage().startsWith("invalid front matter"), e.getMessage());
  }

  @Test
  void errors_on_yaml_that_is_not_a_mapping() {
    var e = assertThrows(UnreadableFileException.class, () -> FrontMatter.split("---\n- a\n- b\n---\nBody"));
    assertTrue(e.getMessage().contains("key: value"), e.getMessage());
  }

  @Test
  void errors_on_broken_yaml_in_one_line() {
    var e = assertThrows(UnreadableFileException.class, () -> FrontMatter.split("---\ntitle: [unclosed\n---\nBody"));
    assertTrue(e.getMessage().startsWith("invalid front matter: "), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line");
  }
}
