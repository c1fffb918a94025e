package gen.render;

import gen.model.Archive;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an archive into pages: a flat list of render steps, each handing its pages to a {@link
 * PageSink}. No file I/O here.
 */
public final class SiteRenderer {
  private final Templates templates;
  private final SiteOptions options;

  public SiteRenderer(Templates templates, SiteOptions options) {
    this.templates = templates;
    this.options = options;
  }

  public void render(Archive archive, PageSink sink) throws RenderException, IOException {
    SiteView site = new SiteView(
        options.title(), options.baseUrl().orElse(null), basePath(), archive.articles().size(), "gen");
    RenderContext ctx = new RenderContext(templates, options, site, archive, new ArticleViews(archive));
    List<String> htmlPages = new ArrayList<>();
    PageSink recording = (path, content) -> {
      if (path.endsWith(".html")) htmlPages.add(path);
      sink.page(path, content);
    };
    List<RenderStep> steps = List.of(
        new ArticlePages(),
        new IndexPages(),
        new TermPages(),
        new TimelinePages(),
        new FeedPage(),
        new SearchPages(),
        new NotFoundPage(),
        // Last: lists the pages the steps above made.
        new CrawlerFiles(htmlPages));
    for (RenderStep step : steps) step.render(ctx, recording);
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
