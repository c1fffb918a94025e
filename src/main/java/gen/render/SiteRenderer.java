package gen.render;

import gen.model.Archive;
import gen.search.SearchDocument;
import gen.search.SearchIndex;
import gen.search.SearchIndexBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an archive into pages: a flat list of {@code render*} steps, each handing its pages to
 * a {@link PageSink}. No file I/O here.
 */
public final class SiteRenderer {
  private final Templates templates;
  private final SiteOptions options;

  public SiteRenderer(Templates templates, SiteOptions options) {
    this.templates = templates;
    this.options = options;
  }

  public void render(Archive archive, PageSink sink) throws RenderException, IOException {
    List<ArticleView> views = archive.articles().stream().map(ArticleView::of).toList();
    SiteView site =
        new SiteView(options.title(), options.baseUrl().orElse(null), views.size(), "gen");
    renderArticles(site, views, sink);
    renderIndex(site, views, sink);
    renderSearch(site, archive, views, sink);
  }

  private void renderArticles(SiteView site, List<ArticleView> views, PageSink sink)
      throws RenderException, IOException {
    for (int i = 0; i < views.size(); i++) {
      ArticleView a = views.get(i);
      Map<String, Object> model = model(site, a.path());
      model.put("article", a);
      // Previous = newer, next = older, in the index's order.
      model.put("newer", i > 0 ? views.get(i - 1) : null);
      model.put("older", i + 1 < views.size() ? views.get(i + 1) : null);
      sink.page(a.path(), templates.render("article.ftlh", model));
    }
  }

  private void renderIndex(SiteView site, List<ArticleView> views, PageSink sink)
      throws RenderException, IOException {
    int size = options.pageSize();
    int total = Math.max(1, (views.size() + size - 1) / size);
    for (int n = 1; n <= total; n++) {
      String path = Pagination.pathOf("index.html", "page/", n);
      Map<String, Object> model = model(site, path);
      model.put("articles", views.subList((n - 1) * size, Math.min(views.size(), n * size)));
      model.put("pagination", Pagination.of(n, total, "index.html", "page/"));
      sink.page(path, templates.render("index.ftlh", model));
    }
  }

  /** The search page and its prebuilt index: a manifest, term shards and one file per article. */
  private void renderSearch(SiteView site, Archive archive, List<ArticleView> views, PageSink sink)
      throws RenderException, IOException {
    SearchIndexBuilder builder = new SearchIndexBuilder();
    for (int i = 0; i < views.size(); i++) {
      ArticleView v = views.get(i);
      builder.add(
          new SearchDocument(
              v.title(),
              v.path(),
              v.dateDisplay() == null ? "" : v.dateDisplay(),
              v.source() == null ? "" : v.source().name(),
              archive.articles().get(i).bodyText()));
    }
    builder.build().write(sink::page);
    Map<String, Object> model = model(site, "search.html");
    model.put("searchIndex", SearchIndex.FOLDER);
    sink.page("search.html", templates.render("search.ftlh", model));
  }

  /** The values every page gets: the site, its own path, and {@code root}, the way up to the site root. */
  private static Map<String, Object> model(SiteView site, String path) {
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("pagePath", path);
    model.put("root", rootOf(path));
    return model;
  }

  static String rootOf(String path) {
    int depth = (int) path.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

}
