package gen.render;

import gen.model.Archive;
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
  private final int threads;
  private final PageKeys keys;

  /** Renders on one thread, every page. */
  public SiteRenderer(Templates templates, SiteOptions options) {
    this(templates, options, 1, PageKeys.NONE);
  }

  /**
   * @param threads pages rendered at once
   * @param keys what the previous build's pages were made from; pages made from the same are kept
   */
  public SiteRenderer(Templates templates, SiteOptions options, int threads, PageKeys keys) {
    this.templates = templates;
    this.options = options;
    this.threads = threads;
    this.keys = keys;
  }

  public void render(Archive archive, PageSink sink) throws RenderException, IOException {
    List<ArticleView> views = archive.articles().stream().map(ArticleView::of).toList();
    SiteView site =
        new SiteView(options.title(), options.baseUrl().orElse(null), views.size(), "gen");
    try (PageQueue pages = new PageQueue(templates, sink, keys, threads)) {
      renderArticles(site, views, pages);
      renderIndex(site, views, pages);
      pages.finish();
    }
  }

  private void renderArticles(SiteView site, List<ArticleView> views, PageQueue sink)
      throws RenderException, IOException {
    for (int i = 0; i < views.size(); i++) {
      ArticleView a = views.get(i);
      Map<String, Object> model = model(site, a.path());
      model.put("article", a);
      // Previous = newer, next = older, in the index's order.
      model.put("newer", i > 0 ? views.get(i - 1) : null);
      model.put("older", i + 1 < views.size() ? views.get(i + 1) : null);
      sink.page(a.path(), "article.ftlh", model);
    }
  }

  private void renderIndex(SiteView site, List<ArticleView> views, PageQueue sink)
      throws RenderException, IOException {
    int size = options.pageSize();
    int total = Math.max(1, (views.size() + size - 1) / size);
    for (int n = 1; n <= total; n++) {
      String path = Pagination.pathOf("index.html", "page/", n);
      Map<String, Object> model = model(site, path);
      model.put("articles", views.subList((n - 1) * size, Math.min(views.size(), n * size)));
      model.put("pagination", Pagination.of(n, total, "index.html", "page/"));
      sink.page(path, "index.ftlh", model);
    }
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
