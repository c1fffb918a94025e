package gen.render;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view's print stands for the view in page keys: it must change with anything the view shows,
 * including what other articles change in it (how many articles a linked term has), and stay the
 * same across builds of the same archive.
 */
class ArticleViewsTest {
  private static List<Article> archive(String... extraPeopleInSecond) {
    List<Article> out = new ArrayList<>();
    out.add(article("first").day(2024, 5, 3).source("The Wire", "wire.com").tags("water").people("Ana Diaz")
        .quote("We will act", "Ana Diaz").build());
    out.add(article("second").day(2024, 5, 4).tags("water").people(extraPeopleInSecond).build());
    out.add(article("third").day(2024, 5, 5).people("Ana Diaz").build());
    return out;
  }

  private static byte[] printOfFirst(List<Article> articles) {
    Archive a = ArchiveAssembler.assemble(articles, false);
    ArticleViews views = new ArticleViews(a);
    Article first = a.articles().stream().filter(x -> x.slug().equals("first")).findFirst().orElseThrow();
    byte[] print = views.printOf(views.of(first));
    assertNotNull(print);
    return print;
  }

  @Test
  void the_same_archive_gives_the_same_prints_in_another_build() {
    assertArrayEquals(printOfFirst(archive()), printOfFirst(archive()));
  }

  @Test
  void a_term_count_changed_by_another_article_changes_the_print() {
    // "Ana Diaz" goes from two articles to three: the first article's link shows the count.
    assertFalse(Arrays.equals(printOfFirst(archive()), printOfFirst(archive("Ana Diaz"))));
  }

  @Test
  void the_body_the_slug_and_the_file_change_the_print() {
    List<Article> base = archive();
    List<Article> otherBody = new ArrayList<>(base);
    otherBody.set(0, article("first").day(2024, 5, 3).source("The Wire", "wire.com").tags("water").people("Ana Diaz")
        .quote("We will act", "Ana Diaz").body("<p>Another body.</p>").build());
    assertFalse(Arrays.equals(printOfFirst(base), printOfFirst(otherBody)));
    List<Article> otherMeta = new ArrayList<>(base);
    otherMeta.set(0, article("first").day(2024, 5, 3).source("The Wire", "wire.com").tags("water").people("Ana Diaz")
        .quote("We will act!", "Ana Diaz").build());
    assertFalse(Arrays.equals(printOfFirst(base), printOfFirst(otherMeta)));
  }

  @Test
  void only_views_of_the_archive_have_prints() {
    Archive a = ArchiveAssembler.assemble(archive(), false);
    ArticleViews views = new ArticleViews(a);
    assertNull(views.printOf(ArticleView.of(a.articles().get(0))), "a view made elsewhere is hashed as it is");
    assertNull(views.printOf("not a view"));
  }
}
