package gen.assemble;

import gen.model.Article;
import gen.model.Metadata;
import gen.model.Source;
import gen.model.TermKind;
import java.util.List;

/** The names an article has for each kind of term, as they appear in its metadata. */
public final class ArticleTerms {

  /**
   * The article's names of one kind. A source is named by its domain when it has one, else by the
   * host of the article's original URL, so "CGTN", "cgtn.com" and a "CGTN" whose article came from
   * www.cgtn.com are one source.
   */
  public static List<String> names(Article article, TermKind kind) {
    Metadata m = article.meta();
    return switch (kind) {
      case SOURCE -> m.source().map(s -> sourceKey(s, m)).stream().toList();
      case TAG -> m.tags();
      case PERSON -> m.entities().people();
      case ORGANIZATION -> m.entities().organizations();
      case PLACE -> m.entities().places();
    };
  }

  /** How a source is shown: its name. */
  static String displayName(Article article, TermKind kind, String name) {
    if (kind == TermKind.SOURCE) return article.meta().source().map(Source::name).orElse(name);
    return name;
  }

  private static String sourceKey(Source s, Metadata m) {
    return s.domain().or(() -> m.url().flatMap(ArticleTerms::host)).orElse(s.name());
  }

  /** The host of an http(s) URL without a leading "www.", lower-cased. */
  static java.util.Optional<String> host(String url) {
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      if (h == null || h.isBlank()) return java.util.Optional.empty();
      h = h.toLowerCase(java.util.Locale.ROOT);
      return java.util.Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private ArticleTerms() {}
}
