package gen.render;

import gen.model.Article;

/**
 * An article's sanitized body HTML, made into a string only when a template prints it. A build keeps
 * a view of every article at once (lists show them), and the body is most of an article: the views
 * point at the article's compact copy instead of holding a string each.
 */
public final class ArticleBody implements CharSequence {
  private final Article article;

  ArticleBody(Article article) {
    this.article = article;
  }

  @Override
  public String toString() {
    return article.bodyHtml();
  }

  @Override
  public int length() {
    return toString().length();
  }

  @Override
  public char charAt(int index) {
    return toString().charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().subSequence(start, end);
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
