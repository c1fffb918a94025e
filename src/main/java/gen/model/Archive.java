package gen.model;

import java.util.List;

/**
 * The whole archive, ready to render: articles with unique slugs, newest first and undated last.
 */
public record Archive(List<Article> articles) {
  public Archive {
    articles = List.copyOf(articles);
  }
}
