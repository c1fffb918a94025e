package gen.assemble;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Archive;
import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxonomyAssemblerTest {

  private static List<String> slugs(List<Article> articles) {
    return articles.stream().map(Article::slug).toList();
  }

  @Test
  void groups_articles_by_tag_newest_first_with_counts() {
    Archive archive = ArchiveAssembler.assemble(List.of(
        article("old").day(2020, 1, 1).tags("climate").build(),
        article("new").day(2024, 1, 1).tags("Climate", "energy").build(),
        article("undated").tags("climate").build()), false);
    Taxonomy tags = archive.taxonomy(TermKind.TAG);
    Term climate = tags.find("CLIMATE").orElseThrow();
    assertEquals(List.of("new", "old", "undated"), slugs(climate.articles()));
    assertEquals(3, climate.count());
    assertEquals("Climate", climate.name(), "the newest article's spelling is shown");
    assertEquals(List.of("climate", "energy"), tags.terms().stream().map(Term::slug).toList(), "most used first");
  }

  @Test
  void names_differing_only_in_case_and_spacing_are_one_term() {
    Archive archive = ArchiveAssembler.assemble(List.of(
        article("a").day(2024, 1, 2).people("Xi  Jinping").build(),
        article("b").day(2024, 1, 1).people("xi jinping").build()), false);
    List<Term> people = archive.taxonomy(TermKind.PERSON).terms();
    assertEquals(1, people.size());
    assertEquals(2, people.get(0).count());
    assertEquals("people/xi-jinping.html", people.get(0).path());
  }

  @Test
  void an_article_naming_a_term_twice_is_counted_once() {
    Archive archive = ArchiveAssembler.assemble(List.of(article("a").places("Paris", "paris").build()), false);
    assertEquals(1, archive.taxonomy(TermKind.PLACE).terms().get(0).count());
  }

  @Test
  void sources_are_one_term_per_domain_and_show_the_source_name() {
    Archive archive = ArchiveAssembler.assemble(List.of(
        article("a").day(2024, 1, 2).source("CGTN", "cgtn.com").build(),
        article("b").day(2024, 1, 1).source("cgtn.com", "cgtn.com").build(),
        article("c").source("Local Paper", null).build()), false);
    Taxonomy sources = archive.taxonomy(TermKind.SOURCE);
    assertEquals(2, sources.terms().size());
    Term cgtn = sources.find("cgtn.com").orElseThrow();
    assertEquals("CGTN", cgtn.name());
    assertEquals("sources/cgtn.html", cgtn.path());
    assertEquals(List.of("a", "b"), slugs(cgtn.articles()));
    assertTrue(sources.find("Local Paper").isPresent());
  }

  @Test
  void colliding_and_reserved_slugs_get_a_suffix_and_stay_unique() {
    Archive archive = ArchiveAssembler.assemble(List.of(
        article("a").tags("C++", "C#", "c", "index", "page", "Page!").build()), false);
    Set<String> slugs = new HashSet<>();
    for (Term t : archive.taxonomy(TermKind.TAG).terms()) {
      assertTrue(slugs.add(t.slug().toLowerCase()), "duplicate slug " + t.slug());
      assertFalse(t.slug().equals("index") || t.slug().equals("page"), "reserved slug " + t.slug());
      assertFalse(t.slug().isEmpty());
    }
    assertEquals(6, slugs.size());
  }

  @Test
  void a_term_keeps_its_slug_when_unrelated_articles_are_added() {
    Archive before = ArchiveAssembler.assemble(List.of(article("a").tags("Energy").build()), false);
    Archive after = ArchiveAssembler.assemble(List.of(
        article("a").tags("Energy").build(), article("b").tags("Water", "Zinc", "Air").build()), false);
    assertEquals(
        before.taxonomy(TermKind.TAG).find("energy").orElseThrow().slug(),
        after.taxonomy(TermKind.TAG).find("energy").orElseThrow().slug());
  }

  @Test
  void non_latin_names_get_a_non_empty_stable_slug() {
    Archive archive = ArchiveAssembler.assemble(List.of(article("a").places("北京", "القاهرة").build()), false);
    List<Term> places = archive.taxonomy(TermKind.PLACE).terms();
    assertEquals(2, places.size());
    assertTrue(places.stream().allMatch(t -> t.slug().matches("[a-z0-9-]+")));
    assertFalse(places.get(0).slug().equals(places.get(1).slug()));
  }

  @Test
  void a_source_without_a_domain_joins_the_domain_of_its_articles_url_and_keeps_a_real_name() {
    Archive archive = ArchiveAssembler.assemble(List.of(
        article("a").day(2024, 1, 3).source("reuters.com", "reuters.com").build(),
        article("b").day(2024, 1, 2).source("Reuters", null).url("https://www.Reuters.com/world/x").build(),
        article("c").day(2024, 1, 1).source("Reuters", null).build()), false);
    Taxonomy sources = archive.taxonomy(TermKind.SOURCE);
    Term reuters = sources.find("reuters.com").orElseThrow();
    assertEquals(List.of("a", "b", "c"), slugs(reuters.articles()), "c has no URL, but its name is the domain's");
    assertEquals("Reuters", reuters.name(), "a name beats a bare domain");
    assertEquals(1, sources.terms().size());
  }
}
