package gen.assemble;

import gen.model.Article;
import gen.model.Metadata;
import gen.model.Source;
import gen.model.TermKind;
import java.util.List;

/** The names an article has for each kind of term, as they appear in its metadata. */
public final class ArticleTerms {

  /**
   * The article's names of one kind. A source is named by its domain when it has one, so "CGTN"
   * and "cgtn.com" from the same site are one source.
   */
  public static List<String> names(Article article, TermKind kind) {
    Metadata m = article.meta();
    return switch (kind) {
      case SOURCE -> m.source().map(ArticleTerms::sourceKey).stream().toList();
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

  private static String sourceKey(Source s) {
    return s.domain().orElse(s.name());
  }

  private ArticleTerms() {}
}
