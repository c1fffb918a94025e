package gen.render;

import gen.model.Article;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code articles/<slug>.html}, from {@code article.ftlh}. Besides the common values the template
 * gets {@code article}, {@code newer} and {@code older} (neighbours in the index's order, or
 * null), {@code related} (a list of articles), {@code cite} ({@link CitationView}) and {@code
 * jsonLd} (a NewsArticle, already escaped for a {@code <script>} element).
 */
final class ArticlePages implements RenderStep {
  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    List<Article> articles = ctx.archive().articles();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      List<Article> related = ctx.archive().relatedTo(article);
      if (ctx.keepIfUnchanged(ArticleView.pathOf(article), "article.ftlh", shown(articles, i, related))) continue;
      ArticleView a = ctx.views().of(article);
      Map<String, Object> model = ctx.model(a.path());
      model.put("article", a);
      // Newer = the one before in the index (newest first), older = the one after.
      model.put("newer", i > 0 ? ctx.views().of(articles.get(i - 1)) : null);
      model.put("older", i + 1 < articles.size() ? ctx.views().of(articles.get(i + 1)) : null);
      model.put("related", ctx.views().of(related));
      // Made from the view, which the model holds: only for a page that is rendered (a rebuild
      // keeps most), not to be hashed into its key.
      ctx.page(a.path(), "article.ftlh", model, m -> {
        m.put("cite", CitationView.of(a));
        m.put("jsonLd", JsonLd.newsArticle(a));
      });
    }
  }

  /** The articles the page of article {@code i} shows: itself, its neighbours and its related ones. */
  private static List<Article> shown(List<Article> articles, int i, List<Article> related) {
    List<Article> out = new java.util.ArrayList<>(3 + related.size());
    out.add(articles.get(i));
    if (i > 0) out.add(articles.get(i - 1));
    if (i + 1 < articles.size()) out.add(articles.get(i + 1));
    out.addAll(related);
    return out;
  }
}
