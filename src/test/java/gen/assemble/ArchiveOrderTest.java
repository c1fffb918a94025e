package gen.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.Article;
import gen.model.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArchiveOrderTest {
  @Test
  void the_keyed_sort_orders_as_the_comparator_does() {
    Random random = new Random(7);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      TestArticles b = TestArticles.article("s" + random.nextInt(50)).title("T" + random.nextInt(20));
      switch (random.nextInt(4)) {
        case 0 -> b.day(2020 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        case 1 -> b.month(2020 + random.nextInt(3), 1 + random.nextInt(12));
        case 2 -> b.year(2020 + random.nextInt(3));
        default -> { }
      }
      articles.add(b.build());
    }
    List<Article> expected = new ArrayList<>(articles);
    expected.sort(ArchiveAssembler.NEWEST_FIRST);
    List<Article> sorted = new ArrayList<>(articles);
    ArchiveAssembler.sortNewestFirst(sorted);
    assertEquals(expected, sorted);
    for (int i = 0; i < sorted.size(); i++) assertEquals(System.identityHashCode(expected.get(i)), System.identityHashCode(sorted.get(i)));
  }
}
