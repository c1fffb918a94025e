package gen.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The whole archive, ready to render.
 *
 * @param articles unique slugs, newest first and undated last
 * @param taxonomies one per {@link TermKind}, every kind present
 * @param timeline the articles by year and month
 * @param related per article slug, the articles most like it, best first
 */
public record Archive(
    List<Article> articles,
    Map<TermKind, Taxonomy> taxonomies,
    Timeline timeline,
    Map<String, List<Article>> related) {

  public Archive {
    articles = List.copyOf(articles);
    EnumMap<TermKind, Taxonomy> all = new EnumMap<>(TermKind.class);
    for (TermKind k : TermKind.values()) all.put(k, taxonomies.getOrDefault(k, Taxonomy.empty(k)));
    taxonomies = java.util.Collections.unmodifiableMap(all);
    related = Map.copyOf(related);
  }

  /** Articles only, with no taxonomies, timeline or related articles. */
  public Archive(List<Article> articles) {
    this(articles, Map.of(), Timeline.EMPTY, Map.of());
  }

  public Taxonomy taxonomy(TermKind kind) {
    return taxonomies.get(kind);
  }

  public List<Article> relatedTo(Article article) {
    return related.getOrDefault(article.slug(), List.of());
  }
}
