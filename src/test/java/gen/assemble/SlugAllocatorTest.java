package gen.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.Article;
import gen.model.Entities;
import gen.model.Metadata;
import gen.model.SourceFile;
import gen.model.TextDirection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlugAllocatorTest {
  static Article article(String file, String slug) {
    Metadata m =
        new Metadata(
            slug, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), "en", TextDirection.LTR, "", Optional.empty(), List.of(), Entities.NONE,
            List.of(), 0, 1, false, Map.of());
    return new Article(new SourceFile(Path.of(file), file, 0, Instant.EPOCH), m, slug, "", "");
  }

  @Test
  void two_articles_with_the_same_slug_both_get_pages() {
    List<Article> out =
        SlugAllocator.allocate(List.of(article("a.txt", "same"), article("b.txt", "same"), article("c.txt", "Same")));
    assertEquals(List.of("same", "same-2", "Same-3"), out.stream().map(Article::slug).toList());
  }

  @Test
  void site_page_names_are_reserved() {
    assertEquals("index-2", SlugAllocator.allocate(List.of(article("a.txt", "index"))).get(0).slug());
  }
}
