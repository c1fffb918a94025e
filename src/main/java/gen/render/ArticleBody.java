package gen.render;

import gen.model.Article;
import gen.text.Fingerprint;

/**
 * An article's sanitized body HTML, made into a string only when a template prints it. A build keeps
 * a view of every article at once (lists show them), and the body is most of an article: the views
 * point at the article's compact copy instead of holding a string each.
 *
 * <p>Not a {@link CharSequence}: code that reads one a character at a time would make the string
 * once per character. Templates print it through {@link #toString()}; page keys hash its UTF-8
 * ({@link #fingerprint}), which every build of the same body gives alike, without making the string.
 */
public final class ArticleBody {
  private final Article article;

  ArticleBody(Article article) {
    this.article = article;
  }

  /** A {@link Fingerprint} of the body's UTF-8 bytes: equal bodies, equal prints. */
  byte[] fingerprint() {
    return article.bodyHtmlPrint();
  }

  @Override
  public String toString() {
    return article.bodyHtml();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleBody b && toString().equals(b.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
