package gen.assemble;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Archive;
import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** However articles write a person, an organization or a place, it is one term with one page. */
class OneEntityOnePageTest {

  private static Archive archive(Article... articles) {
    return ArchiveAssembler.assemble(List.of(articles), false);
  }

  private static List<String> names(Archive archive, TermKind kind) {
    return archive.taxonomy(kind).terms().stream().map(Term::name).sorted().toList();
  }

  private static List<String> slugs(Term t) {
    return t.articles().stream().map(Article::slug).toList();
  }

  private static List<String> linked(Archive archive, TermKind kind, Article a) {
    return archive.taxonomy(kind).termsOf(a).stream().map(Term::name).toList();
  }

  @Test
  void abbreviations_of_a_well_known_place_are_that_place() {
    Archive archive = archive(
        article("a").day(2024, 1, 5).places("US").build(),
        article("b").day(2024, 1, 4).places("U.S.", "Canada").build(),
        article("c").day(2024, 1, 3).places("USA").build(),
        article("d").day(2024, 1, 2).places("United States").build(),
        article("e").day(2024, 1, 1).places("America", "UK", "Britain").build());
    assertEquals(List.of("Canada", "United Kingdom", "United States"), names(archive, TermKind.PLACE));
    Term us = archive.taxonomy(TermKind.PLACE).find("United States").orElseThrow();
    assertEquals(List.of("a", "b", "c", "d", "e"), slugs(us));
    assertEquals("places/united-states.html", us.path());
    assertEquals(List.of("US", "U.S.", "USA", "America"), us.otherNames(), "first found first, the page's own name left out");
    assertEquals(us, archive.taxonomy(TermKind.PLACE).find("U.S.").orElseThrow());
  }

  @Test
  void a_well_known_organization_found_as_a_place_is_the_organization() {
    Archive archive = archive(
        article("a").places("UN").build(),
        article("b").organizations("United Nations", "U.N.").build());
    assertEquals(List.of(), names(archive, TermKind.PLACE));
    Term un = archive.taxonomy(TermKind.ORGANIZATION).terms().get(0);
    assertEquals("United Nations", un.name());
    assertEquals(2, un.count());
  }

  @Test
  void a_last_name_is_the_one_person_the_archive_knows_by_it() {
    Archive archive = archive(
        article("a").day(2024, 1, 3).people("Trump's").build(),
        article("b").day(2024, 1, 2).people("Donald Trump", "Keir Starmer").build(),
        article("c").day(2024, 1, 1).people("Donald J. Trump", "Mr Starmer").build());
    assertEquals(List.of("Donald Trump", "Keir Starmer"), names(archive, TermKind.PERSON));
    Term trump = archive.taxonomy(TermKind.PERSON).find("Donald Trump").orElseThrow();
    assertEquals(List.of("a", "b", "c"), slugs(trump));
    assertEquals(List.of("Trump", "Donald J. Trump"), trump.otherNames());
    assertEquals("Donald Trump", trump.name(), "the full name, though the newest article has only the last");
    assertEquals(List.of("Donald Trump"), linked(archive, TermKind.PERSON, archive.articles().get(0)));
  }

  @Test
  void a_last_name_two_known_people_share_stays_apart_unless_the_article_names_one() {
    Article both = article("both").day(2024, 1, 4).people("Jane Smith", "John Smith").build();
    Article bare = article("bare").day(2024, 1, 3).people("Smith").build();
    Article own = article("own").day(2024, 1, 2).people("Jane Smith", "Smith").build();
    Archive archive = archive(both, bare, own);
    assertEquals(List.of("Jane Smith", "John Smith", "Smith"), names(archive, TermKind.PERSON));
    assertEquals(List.of("Smith"), linked(archive, TermKind.PERSON, bare), "ambiguous in the archive");
    assertEquals(List.of("Jane Smith"), linked(archive, TermKind.PERSON, own), "the article's own Smith");
    assertEquals(List.of("Smith"), archive.taxonomy(TermKind.PERSON).find("Jane Smith").orElseThrow().otherNames());
  }

  @Test
  void titles_possessives_case_and_accents_make_no_page_of_their_own() {
    Archive archive = archive(
        article("a").people("Sir Keir Starmer", "José Álvarez").organizations("the Harbour Board", "NATO's").build(),
        article("b").people("Prime Minister Keir Starmer's", "JOSE ALVAREZ").organizations("Harbour Board", "Nato").build(),
        article("c").people("Starmer", "Jose Alvarez").places("Zürich").build(),
        article("d").places("Zurich").build());
    assertEquals(List.of("José Álvarez", "Keir Starmer"), names(archive, TermKind.PERSON));
    assertEquals(List.of("Harbour Board", "NATO"), names(archive, TermKind.ORGANIZATION));
    assertEquals(List.of("Zürich"), names(archive, TermKind.PLACE));
    Term jose = archive.taxonomy(TermKind.PERSON).find("José Álvarez").orElseThrow();
    assertEquals(List.of("Jose Alvarez"), jose.otherNames(), "one spelling per case, not the shouted one");
    Term starmer = archive.taxonomy(TermKind.PERSON).find("Keir Starmer").orElseThrow();
    assertEquals(3, starmer.count());
    assertEquals(List.of("Starmer"), starmer.otherNames());
  }

  @Test
  void a_person_named_in_full_and_by_last_name_in_one_article_is_counted_once() {
    Archive archive = archive(article("a").people("Ana Diaz", "Diaz", "Ms Diaz").build());
    Term ana = archive.taxonomy(TermKind.PERSON).terms().get(0);
    assertEquals(1, archive.taxonomy(TermKind.PERSON).terms().size());
    assertEquals(1, ana.count());
    assertEquals(List.of("Diaz"), ana.otherNames());
  }

  @Test
  void a_one_word_name_is_not_taken_for_a_first_name_or_another_kind() {
    Archive archive = archive(
        article("a").people("Keir Starmer").places("Keir").build(),
        article("b").people("Keir").build());
    assertEquals(List.of("Keir", "Keir Starmer"), names(archive, TermKind.PERSON));
    assertEquals(List.of("Keir"), names(archive, TermKind.PLACE));
  }

  @Test
  void sources_with_one_domain_or_a_matching_name_share_a_page() {
    Archive archive = archive(
        article("a").day(2024, 1, 6).source("thegatewaypundit.com", "thegatewaypundit.com").build(),
        article("b").day(2024, 1, 5).source("The Gateway Pundit", null).build(),
        article("c").day(2024, 1, 4).source("Harbour Gazette", null).build(),
        article("d").day(2024, 1, 3).source("harbourgazette.co.uk", "www.harbourgazette.co.uk").build(),
        article("e").day(2024, 1, 2).source("HARBOUR  gazette", null).build(),
        article("f").day(2024, 1, 1).source("Gazette", "harbourgazette.co.uk").build());
    Taxonomy sources = archive.taxonomy(TermKind.SOURCE);
    assertEquals(List.of("Harbour Gazette", "The Gateway Pundit"), names(archive, TermKind.SOURCE));
    Term pundit = sources.find("thegatewaypundit.com").orElseThrow();
    assertEquals(List.of("a", "b"), slugs(pundit));
    assertEquals("sources/the-gateway-pundit.html", pundit.path());
    Term gazette = sources.find("harbourgazette.co.uk").orElseThrow();
    assertEquals(List.of("c", "d", "e", "f"), slugs(gazette));
    assertEquals(List.of(), gazette.otherNames(), "a source lists no other names");
  }

  @Test
  void a_source_name_that_matches_two_sites_stays_apart() {
    Archive archive = archive(
        article("a").source("Courier", "courier.com").build(),
        article("b").source("Courier", "courier.co.uk").build(),
        article("c").source("The Courier", null).build());
    assertEquals(3, archive.taxonomy(TermKind.SOURCE).terms().size());
    assertTrue(archive.taxonomy(TermKind.SOURCE).terms().stream().allMatch(t -> t.count() == 1));
  }
}
