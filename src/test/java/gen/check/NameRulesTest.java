package gen.check;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import gen.read.FrontMatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameRulesTest {
  private final Map<String, FrontMatter> frontMatter = new HashMap<>();

  private List<Finding> check(Article... articles) {
    Archive archive = ArchiveAssembler.assemble(List.of(articles), false);
    List<Finding> out = new ArrayList<>();
    new NameRules("seeds/", a -> frontMatter.getOrDefault(a.slug(), FrontMatter.NONE)).check(archive, out);
    return out;
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.file() + " " + f.code()).toList();
  }

  @Test
  void a_one_word_person_with_a_page_and_no_full_name_is_reported_once() {
    List<Finding> found = check(
        article("b").people("Persson").build(),
        article("a").people("Ms Persson").build(),
        article("c").people("Once").build());
    assertEquals(List.of("seeds/a.md lone-name"), lines(found), "once, in the first file; a name in one article has no page");
    assertEquals(Finding.Level.INFO, found.get(0).level());
    assertTrue(found.get(0).message().contains("\"Persson\" (2 articles) is never named in full"), found.get(0).message());
  }

  @Test
  void an_ambiguous_last_name_says_who_it_could_be() {
    List<Finding> found = check(
        article("a").people("Jane Smith", "John Smith").build(),
        article("b").people("Smith").build(),
        article("c").people("Smith").build());
    assertEquals(List.of("seeds/b.md lone-name"), lines(found));
    assertTrue(found.get(0).message().contains("could be Jane Smith or John Smith"), found.get(0).message());
  }

  @Test
  void a_last_name_of_one_known_person_is_no_finding() {
    assertEquals(List.of(), check(
        article("a").people("Keir Starmer").build(),
        article("b").people("Starmer").build(),
        article("c").people("Starmer").build()));
  }

  @Test
  void a_name_found_as_two_kinds_is_reported_where_the_rarer_reading_is() {
    List<Finding> found = check(
        article("a").places("Jordan").build(),
        article("b").places("Jordan").build(),
        article("c").people("Jordan").build());
    assertEquals(List.of("seeds/c.md two-kinds"), lines(found));
    assertTrue(found.get(0).message().contains("found as a place (2 articles) and as a person (1 article)"), found.get(0).message());
  }

  @Test
  void a_shouted_word_taken_for_an_organization_is_reported_but_not_an_acronym() {
    List<Finding> found = check(
        article("a").organizations("STOLEN", "HSBC", "NATO").build(),
        article("b").body("<p>The car was stolen; nato is no word.</p>").build());
    assertEquals(List.of("seeds/a.md caps-organization"), lines(found));
    assertTrue(found.get(0).message().contains("\"STOLEN\""), found.get(0).message());
  }

  @Test
  void a_name_the_front_matter_lists_is_confirmed() throws Exception {
    frontMatter.put("b", FrontMatter.split("---\npeople: [Persson]\n---\n").frontMatter());
    assertEquals(List.of(), check(
        article("a").people("Persson").build(),
        article("b").people("Persson").build()));
  }
}
