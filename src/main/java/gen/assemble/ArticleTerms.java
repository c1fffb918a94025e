package gen.assemble;

import gen.model.Article;
import gen.model.Metadata;
import gen.model.TermKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The names an article has for each kind of term, as they appear in its metadata. */
public final class ArticleTerms {

  /**
   * The article's names of one kind, as written: a source's name, the tags, the people,
   * organizations and places found. Which term each stands for is the archive's to say ({@link
   * gen.model.Taxonomy#termsOf}).
   */
  public static List<String> names(Article article, TermKind kind) {
    Metadata m = article.meta();
    return switch (kind) {
      case SOURCE -> m.source().map(s -> s.name()).stream().toList();
      case TAG -> m.tags();
      case PERSON -> m.entities().people();
      case ORGANIZATION -> m.entities().organizations();
      case PLACE -> m.entities().places();
    };
  }

  /** The host of an http(s) URL without a leading "www.", lower-cased. */
  static Optional<String> host(String url) {
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      if (h == null || h.isBlank()) return Optional.empty();
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private ArticleTerms() {}
}
