package gen.assemble;

import gen.model.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every article a unique slug. Articles are taken in a stable order (by file path), so the
 * same archive always yields the same slugs; a taken slug gets {@code -2}, {@code -3}, ... Slugs
 * are compared case-insensitively, as file systems on macOS and Windows do.
 */
public final class SlugAllocator {
  /** Slugs the site uses for its own pages and folders, never given to an article. */
  private static final Set<String> RESERVED = Set.of("index", "404", "search", "feed", "sitemap", "robots");

  public static List<Article> allocate(List<Article> articlesInFileOrder) {
    Set<String> taken = new HashSet<>(RESERVED);
    List<Article> out = new ArrayList<>(articlesInFileOrder.size());
    for (Article a : articlesInFileOrder) {
      String base = a.slug();
      String slug = base;
      for (int n = 2; !taken.add(slug.toLowerCase(Locale.ROOT)); n++) {
        slug = base + "-" + n;
      }
      out.add(slug.equals(a.slug()) ? a : a.withSlug(slug));
    }
    return out;
  }

  private SlugAllocator() {}
}
