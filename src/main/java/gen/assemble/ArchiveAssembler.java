package gen.assemble;

import gen.model.Archive;
import gen.model.Article;
import gen.model.TermKind;
import gen.model.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Archive} from extracted articles: the only stage that sees them all. Orders
 * them, gives unique slugs, groups them by term and by time, and finds related articles.
 */
public final class ArchiveAssembler {

  /** Newest first, undated last; ties by title, then slug, so the order never depends on threads. */
  static final Comparator<Article> NEWEST_FIRST =
      Comparator.<Article>comparingInt(a -> a.meta().published().isPresent() ? 0 : 1)
          .thenComparing(
              a -> a.meta().published().map(d -> -d.sortKey()).orElse(0L))
          .thenComparing(a -> a.meta().title())
          .thenComparing(Article::slug);

  public static Archive assemble(List<Article> articles, boolean includeDrafts) {
    List<Article> kept = new ArrayList<>();
    for (Article a : articles) {
      if (includeDrafts || !a.meta().draft()) kept.add(a);
    }
    kept.sort(Comparator.comparing(a -> a.file().relative()));
    List<Article> slugged = new ArrayList<>(SlugAllocator.allocate(kept));
    slugged.sort(NEWEST_FIRST);
    Map<TermKind, Taxonomy> taxonomies = TaxonomyAssembler.assemble(slugged);
    return new Archive(
        slugged,
        taxonomies,
        TimelineAssembler.assemble(slugged),
        RelatedArticles.find(slugged, taxonomies));
  }

  private ArchiveAssembler() {}
}
