package gen.render;

import gen.model.Archive;
import gen.model.TermKind;
import gen.search.SearchHistory;
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
  private final SearchHistory search;

  /** Renders on one thread, every page. */
  public SiteRenderer(Templates templates, SiteOptions options) {
    this(templates, options, 1, PageKeys.NONE);
  }

  /**
   * @param threads pages rendered at once
   * @param keys what the previous build's pages were made from; pages made from the same are kept
   */
  public SiteRenderer(Templates templates, SiteOptions options, int threads, PageKeys keys) {
    this(templates, options, threads, keys, SearchHistory.NONE);
  }

  /** @param search what the previous build left of the search index, to patch it rather than rebuild it */
  public SiteRenderer(Templates templates, SiteOptions options, int threads, PageKeys keys, SearchHistory search) {
    this.search = search;
    this.templates = templates;
    this.options = options;
    this.threads = threads;
    this.keys = keys;
  }

  public void render(Archive archive, PageSink sink) throws RenderException, IOException {
    try (SearchPages searchPages = new SearchPages()) {
      render(archive, sink, searchPages);
    }
  }

  /**
   * As {@link #render(Archive, PageSink)}, with a search index that may have been {@link
   * SearchPages#start started} already (of the same articles, into the same sink); the caller
   * closes it.
   */
  public void render(Archive archive, PageSink sink, SearchPages searchPages) throws RenderException, IOException {
    Presentation look = options.presentation();
    SiteView site = new SiteView(options.title(), options.baseUrl().orElse(null), basePath(), "gen", sections(archive),
        look.description(), look.language(), look.author(), look.copyright());
    // Every HTML page, in the order the steps ask for them (not the order the threads finish).
    List<String> htmlPages = new ArrayList<>();
    Consumer<String> planned = path -> {
      if (path.endsWith(".html")) htmlPages.add(path);
    };
    PageReuse reuse = PageReuse.NONE;
    if (keys.enabled()) {
      PageKeys.Inputs inputs = PageReuse.inputsOf(archive, options, site, keys::templateDigest);
      keys.recordInputs(inputs);
      reuse = PageReuse.of(archive, inputs, keys.previousInputs());
    }
    // Arranged as in the previous build, few pages need views: each is made when first shown.
    ArticleViews views = new ArticleViews(archive, reuse == PageReuse.NONE);
    try (PageQueue pages =
        new PageQueue(templates, sink, keys, threads, planned, new ModelDigest(views::printOf), reuse)) {
      RenderContext ctx = new RenderContext(templates, options, site, archive, views, pages, search);
      // With threads to spare the index is built beside the other steps (the sink is then called
      // from several threads anyway). Its files are scripts, not pages: they bypass 'planned',
      // which is not thread-safe.
      if (threads > 1 && !searchPages.started()) searchPages.start(archive.articles(), search, sink);
      PageSink direct = new PageSink() {
        @Override
        public void page(String path, String content) throws IOException {
          planned.accept(path);
          sink.page(path, content);
        }

        @Override
        public boolean keep(String path) throws IOException {
          planned.accept(path);
          return sink.keep(path);
        }

        @Override
        public boolean canKeep(String path) throws IOException {
          return sink.canKeep(path);
        }
      };
      List<RenderStep> steps = List.of(
          new ArticlePages(),
          new IndexPages(),
          new TermPages(),
          new TimelinePages(),
          new FeedPage(),
          searchPages,
          new NotFoundPage(),
          // Last: lists the pages the steps above made.
          new CrawlerFiles(htmlPages));
      for (RenderStep step : steps) step.render(ctx, direct);
      pages.finish();
    }
  }

  /**
   * The header's section links. Only whether a kind has terms at all counts here, never how many:
   * every page shows these, so anything that changed with each article added would make every
   * page change with it.
   */
  static List<SiteView.Section> sections(Archive archive) {
    List<SiteView.Section> out = new ArrayList<>();
    out.add(new SiteView.Section("Latest", "index.html", "page/"));
    out.add(new SiteView.Section("Archive", "archive/index.html", "archive/"));
    for (TermKind kind : TermKind.values()) {
      if (archive.taxonomy(kind).pagedTerms().isEmpty()) continue;
      out.add(new SiteView.Section(kind.plural(), kind.folder() + "/index.html", kind.folder() + "/"));
    }
    return List.copyOf(out);
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
