package gen.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code robots.txt}, always, and with a base URL {@code sitemap.xml} from {@code sitemap.ftlx}
 * (which gets {@code urls}, absolute). A sitemap must list absolute URLs, so without a base URL
 * there is none and robots.txt does not name one. Past {@link #MAX_URLS} URLs, the sitemap is
 * split into {@code sitemap-1.xml}, ... and {@code sitemap.xml} is their index, rendered from
 * {@code sitemap-index.ftlx} (which gets {@code sitemaps}). The sitemap leaves out the 404 page
 * and the index pages of kinds of term the archive has none of.
 */
final class CrawlerFiles implements RenderStep {
  static final int MAX_URLS = 50_000;

  private final List<String> pagePaths;

  /** @param pagePaths every HTML page of the site, in the order rendered */
  CrawlerFiles(List<String> pagePaths) {
    this.pagePaths = pagePaths;
  }

  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    if (ctx.options().baseUrl().isPresent()) {
      // The index of a kind without terms is written (links from an earlier build or a theme
      // copied before still lead somewhere) but has nothing to offer a search engine.
      java.util.Set<String> empty = new java.util.HashSet<>();
      for (gen.model.TermKind kind : gen.model.TermKind.values()) {
        if (ctx.archive().taxonomy(kind).pagedTerms().isEmpty()) empty.add(kind.folder() + "/index.html");
      }
      List<String> urls = new ArrayList<>();
      for (String p : pagePaths) {
        if (!p.equals("404.html") && !empty.contains(p)) urls.add(ctx.absolute(p).orElseThrow());
      }
      if (urls.size() <= MAX_URLS) {
        sitemap(ctx, sink, "sitemap.xml", urls);
      } else {
        List<String> parts = new ArrayList<>();
        List<List<String>> chunks = Pages.of(urls, MAX_URLS);
        for (int i = 0; i < chunks.size(); i++) {
          String name = "sitemap-" + (i + 1) + ".xml";
          sitemap(ctx, sink, name, chunks.get(i));
          parts.add(ctx.absolute(name).orElseThrow());
        }
        Map<String, Object> model = ctx.model("sitemap.xml");
        model.put("sitemaps", parts);
        ctx.page("sitemap.xml", "sitemap-index.ftlx", model);
      }
      robots.append("Sitemap: ").append(ctx.absolute("sitemap.xml").orElseThrow()).append('\n');
    }
    sink.page("robots.txt", robots.toString());
  }

  private static void sitemap(RenderContext ctx, PageSink sink, String name, List<String> urls)
      throws RenderException, IOException {
    Map<String, Object> model = ctx.model(name);
    model.put("urls", urls);
    ctx.page(name, "sitemap.ftlx", model);
  }
}
