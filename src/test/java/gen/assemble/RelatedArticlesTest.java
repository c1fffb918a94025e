package gen.assemble;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Archive;
import gen.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

  private static List<String> relatedSlugs(Archive archive, String slug) {
    Article a = archive.articles().stream().filter(x -> x.slug().equals(slug)).findFirst().orElseThrow();
    return archive.relatedTo(a).stream().map(Article::slug).toList();
  }

  @Test
  void more_shared_terms_rank_higher_and_an_article_is_never_its_own_relative() {
    Archive archive = ArchiveAssembler.assemble(List.of(
        article("subject").day(2024, 1, 10).tags("water").people("Ana Diaz").places("Lima").source("A", "a.com").build(),
        article("tag-and-person").day(2020, 1, 1).tags("water").people("Ana Diaz").build(),
        article("tag-only").day(2024, 1, 9).tags("water").build(),
        article("source-only").day(2024, 1, 11).source("A", "a.com").build(),
        article("nothing").day(2024, 1, 12).tags("sports").build()), false);
    List<String> related = relatedSlugs(archive, "subject");
    assertEquals(List.of("tag-and-person", "tag-only", "source-only"), related);
    assertFalse(relatedSlugs(archive, "nothing").contains("nothing"));
    assertEquals(List.of(), relatedSlugs(archive, "nothing"));
  }

  @Test
  void a_rare_shared_term_says_more_than_a_common_one() {
    List<Article> articles = new ArrayList<>();
    articles.add(article("subject").day(2024, 3, 1).places("Everywhere", "Smallville").build());
    articles.add(article("rare").day(2024, 3, 2).places("Smallville").build());
    for (int i = 0; i < 30; i++) articles.add(article("common" + i).day(2024, 2, 1 + i % 28).places("Everywhere").build());
    Archive archive = ArchiveAssembler.assemble(articles, false);
    assertEquals("rare", relatedSlugs(archive, "subject").get(0));
  }

  @Test
  void at_most_five_related_and_a_huge_term_contributes_only_nearby_articles() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      articles.add(article(String.format("a%04d", i)).day(2000 + i / 300, 1 + (i / 28) % 12, 1 + i % 28).source("Wire", "wire.com").build());
    }
    Archive archive = ArchiveAssembler.assemble(articles, false);
    List<Article> ordered = archive.articles();
    for (int i = 0; i < ordered.size(); i += 97) {
      List<Article> related = archive.relatedTo(ordered.get(i));
      assertEquals(RelatedArticles.MAX_RELATED, related.size());
      for (Article r : related) {
        int distance = Math.abs(ordered.indexOf(r) - i);
        assertTrue(distance <= RelatedArticles.FAN_OUT, "related article " + distance + " places away");
      }
    }
  }
}
