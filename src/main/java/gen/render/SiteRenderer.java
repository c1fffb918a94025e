package gen.render;

import gen.model.Archive;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders an archive into pages: a flat list of render steps, each handing its pages to a {@link
 * PageSink}. No file I/O here.
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
    SiteView site = new SiteView(
        options.title(), options.baseUrl().orElse(null), basePath(), archive.articles().size(), "gen");
    // Every HTML page, in the order the steps ask for them (not the order the threads finish).
    List<String> htmlPages = new ArrayList<>();
    Consumer<String> planned = path -> {
      if (path.endsWith(".html")) htmlPages.add(path);
    };
    try (PageQueue pages = new PageQueue(templates, sink, keys, threads, planned);
        SearchPages search = new SearchPages()) {
      RenderContext ctx = new RenderContext(templates, options, site, archive, new ArticleViews(archive), pages);
      // With threads to spare the index is built beside the other steps (the sink is then called
      // from several threads anyway). Its files are scripts, not pages: they bypass 'planned',
      // which is not thread-safe.
      if (threads > 1) search.start(ctx, sink);
      PageSink direct = (path, content) -> {
        planned.accept(path);
        sink.page(path, content);
      };
      List<RenderStep> steps = List.of(
          new ArticlePages(),
          new IndexPages(),
          new TermPages(),
          new TimelinePages(),
          new FeedPage(),
          search,
          new NotFoundPage(),
          // Last: lists the pages the steps above made.
          new CrawlerFiles(htmlPages));
      for (RenderStep step : steps) step.render(ctx, direct);
      pages.finish();
    }
  }

  /** The path of the base URL ("/news/"), or "/" when there is none. */
  private String basePath() {
    return options.baseUrl().map(SiteRenderer::pathOf).filter(p -> !p.isEmpty()).orElse("/");
  }

  private static String pathOf(String url) {
    try {
      return URI.create(url).getRawPath();
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  static String rootOf(String path) {
    return RenderContext.rootOf(path);
  }
}
