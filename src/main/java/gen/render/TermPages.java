package gen.render;

import gen.model.Article;
import gen.model.Term;
import gen.model.TermKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Per kind of term, for the terms that get pages ({@link Term#hasPage()}: not the names found in
 * only one article): the index {@code <kind>/index.html} (then {@code <kind>/page/2.html}, ...)
 * from {@code terms.ftlh}, which gets {@code kind} ({@link KindView}), {@code terms} (a page of
 * {@link TermLink}s, most used first) and {@code pagination}; and one page per term {@code
 * <kind>/<slug>.html} (then {@code <kind>/<slug>/2.html}, ...) from {@code term.ftlh}, which gets
 * {@code kind}, {@code term} ({@link TermLink}, its count the whole term's), {@code source} (for a
 * source, its {@link ArticleView.SourceView}; else null), {@code articles} (a page of {@link
 * SiteOptions#titlesPerPage}, newest first) and {@code pagination}.
 */
final class TermPages implements RenderStep {
  static final int TERMS_PER_PAGE = 100;

  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    for (TermKind kind : TermKind.values()) {
      // Only terms with pages: a name found in one article is linked nowhere, so it is not listed.
      List<Term> terms = ctx.archive().taxonomy(kind).pagedTerms();
      KindView kindView = KindView.of(kind, terms.size());
      renderIndex(ctx, sink, kindView, terms);
      for (Term term : terms) renderTerm(ctx, sink, kindView, term);
    }
  }

  private static void renderIndex(RenderContext ctx, PageSink sink, KindView kind, List<Term> terms)
      throws RenderException, IOException {
    List<TermLink> links = terms.stream().map(ArticleViews::link).toList();
    List<List<TermLink>> pages = Pages.of(links, TERMS_PER_PAGE);
    String first = kind.path();
    String folder = first.substring(0, first.lastIndexOf('/') + 1) + "page/";
    for (int n = 1; n <= pages.size(); n++) {
      String path = Pagination.pathOf(first, folder, n);
      // Term links only: made from the terms, which the arrangement of the archive covers.
      if (ctx.keepIfUnchanged(path, "terms.ftlh", List.of())) continue;
      Map<String, Object> model = ctx.model(path);
      model.put("kind", kind);
      model.put("terms", pages.get(n - 1));
      model.put("pagination", Pagination.of(n, pages.size(), first, folder));
      ctx.page(path, "terms.ftlh", model);
    }
  }

  private static void renderTerm(RenderContext ctx, PageSink sink, KindView kind, Term term)
      throws RenderException, IOException {
    boolean isSource = term.kind() == TermKind.SOURCE;
    List<List<Article>> pages = Pages.of(term.articles(), ctx.options().titlesPerPage());
    String first = term.path();
    String folder = Pagination.folderOf(first);
    ArticleView.SourceView source = null; // made for the first page that is not kept
    for (int n = 1; n <= pages.size(); n++) {
      String path = Pagination.pathOf(first, folder, n);
      // Every page of a source shows its site, found among all of its articles.
      if (ctx.keepIfUnchanged(path, "term.ftlh", isSource ? term.articles() : pages.get(n - 1))) continue;
      Map<String, Object> model = ctx.model(path);
      model.put("kind", kind);
      model.put("term", ArticleViews.link(term));
      if (isSource && source == null) source = sourceOf(ctx.views().of(term.articles()));
      model.put("source", source);
      model.put("articles", ctx.views().of(pages.get(n - 1)));
      model.put("pagination", Pagination.of(n, pages.size(), first, folder));
      ctx.page(path, "term.ftlh", model);
    }
  }

  /** A source's site: from its newest article that names one. */
  private static ArticleView.SourceView sourceOf(List<ArticleView> articles) {
    return articles.stream().map(ArticleView::source)
        .filter(s -> s != null && s.url() != null).findFirst()
        .orElse(articles.isEmpty() ? null : articles.get(0).source());
  }
}
