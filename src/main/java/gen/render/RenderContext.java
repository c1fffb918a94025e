package gen.render;

import gen.model.Archive;
import gen.search.SearchHistory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every render step works from: the archive, its views, the templates and site settings, and
 * what the previous build left of the search index.
 */
record RenderContext(
    Templates templates, SiteOptions options, SiteView site, Archive archive, ArticleViews views, PageQueue pages,
    SearchHistory search) {

  /**
   * Renders {@code template} with {@code model} into the page at {@code path}: on the render
   * threads, and not at all when the page would come out as in the previous build.
   */
  void page(String path, String template, Map<String, Object> model) throws RenderException, IOException {
    pages.page(path, template, model);
  }

  /**
   * As {@link #page(String, String, Map)}, with values {@code derived} adds to the model only when
   * the page is rendered: they must follow from what {@code model} holds (see {@link
   * PageQueue#page(String, String, Map, java.util.function.Consumer)}).
   */
  void page(String path, String template, Map<String, Object> model,
      java.util.function.Consumer<Map<String, Object>> derived) throws RenderException, IOException {
    pages.page(path, template, model, derived);
  }

  /**
   * Keeps the page at {@code path} without making its data, when it is made with {@code template},
   * shows only {@code shown} and the previous build's page is known to be the same (see {@link
   * PageReuse}); else false, and the step makes the page's data and asks for it with {@link #page}.
   */
  boolean keepIfUnchanged(String path, String template, java.util.Collection<gen.model.Article> shown)
      throws RenderException, IOException {
    return pages.keepIfUnchanged(path, template, shown);
  }

  /**
   * The values every page gets: {@code site}, {@code pagePath} (its own site-relative path),
   * {@code root} (the way up to the site root, {@code ../} per level) and {@code canonicalUrl}
   * (absolute when a base URL is known, else the page's own relative name).
   */
  Map<String, Object> model(String path) {
    Map<String, Object> model = new HashMap<>();
    model.put("site", site);
    model.put("pagePath", path);
    model.put("root", rootOf(path));
    model.put("canonicalUrl", absolute(path).orElse(path.substring(path.lastIndexOf('/') + 1)));
    return model;
  }

  /** The absolute URL of a site path, when a base URL is known; {@code index.html} is the root. */
  Optional<String> absolute(String path) {
    String p = path.equals("index.html") ? "" : path;
    return options.baseUrl().map(b -> b + p);
  }

  String render(String template, Map<String, Object> model) throws RenderException {
    return templates.render(template, model);
  }

  static String rootOf(String path) {
    int depth = (int) path.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  static Map<String, Object> copy(Map<String, Object> model) {
    return new HashMap<>(model);
  }
}
