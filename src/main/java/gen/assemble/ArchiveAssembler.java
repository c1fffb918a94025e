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
    return assemble(order(articles, includeDrafts));
  }

  /**
   * The articles the archive will hold, with their slugs, in its order: the first half of
   * assembling, which is all that the search index needs (so it can start before the rest).
   */
  public static List<Article> order(List<Article> articles, boolean includeDrafts) {
    List<Article> kept = new ArrayList<>();
    for (Article a : articles) {
      if (includeDrafts || !a.meta().draft()) kept.add(a);
    }
    kept.sort(Comparator.comparing(a -> a.file().relative()));
    List<Article> slugged = new ArrayList<>(SlugAllocator.allocate(kept));
    sortNewestFirst(slugged);
    return List.copyOf(slugged);
  }

  /** The archive of articles {@link #order ordered}: grouped by term and by time, with related articles. */
  public static Archive assemble(List<Article> ordered) {
    Map<TermKind, Taxonomy> taxonomies = TaxonomyAssembler.assemble(ordered);
    return new Archive(
        ordered,
        taxonomies,
        TimelineAssembler.assemble(ordered),
        RelatedArticles.find(ordered, taxonomies));
  }

  /**
   * Sorts as {@link #NEWEST_FIRST} would, each article's keys taken once instead of at every
   * comparison (the composed comparator was a fifth of assembling a large archive).
   */
  static void sortNewestFirst(List<Article> articles) {
    record Keyed(Article article, int undated, long newest, String title, String slug) {}
    List<Keyed> keyed = new ArrayList<>(articles.size());
    for (Article a : articles) {
      java.util.Optional<gen.model.PublishedDate> d = a.meta().published();
      keyed.add(new Keyed(a, d.isPresent() ? 0 : 1, d.map(p -> -p.sortKey()).orElse(0L), a.meta().title(), a.slug()));
    }
    keyed.sort((x, y) -> {
      int c = Integer.compare(x.undated(), y.undated());
      if (c == 0) c = Long.compare(x.newest(), y.newest());
      if (c == 0) c = x.title().compareTo(y.title());
      if (c == 0) c = x.slug().compareTo(y.slug());
      return c;
    });
    for (int i = 0; i < keyed.size(); i++) articles.set(i, keyed.get(i).article());
  }

  private ArchiveAssembler() {}
}
