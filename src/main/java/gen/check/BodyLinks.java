package gen.check;

import gen.model.Article;
import gen.read.LocalMedia;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links and images in article bodies that point inside the site (relative addresses) but to no
 * page or file the site has. Links to other sites are not fetched: check works offline.
 */
final class BodyLinks {
  private static final URI SITE = URI.create("http://site.invalid/");

  /**
   * @param sitePaths every path the built site would have ({@code articles/x.html}, {@code assets/style.css}, ...)
   * @param bodyHtml the body as written (Markdown and text) or as sanitized (saved web pages,
   *     whose relative links belong to the site they were saved from)
   * @param pagePath the article's own page, which relative links are resolved from
   */
  static void check(
      Article a, String prefix, String bodyHtml, String pagePath, Set<String> sitePaths, LocalMedia media, List<Finding> out) {
    if (bodyHtml.isEmpty()) return;
    Document doc = Jsoup.parseBodyFragment(bodyHtml);
    for (Element e : doc.select("a[href], img[src]")) {
      String attr = e.hasAttr("href") ? "href" : "src";
      String target = e.attr(attr).strip();
      // A picture beside the article is copied into the site by the build: fine if it can be.
      LocalMedia.Lookup picture = media.find(a.file().path(), target, a.meta().url());
      if (picture instanceof LocalMedia.Found) continue;
      if (picture instanceof LocalMedia.Refused r) {
        // Named as the page wrote it, not as made absolute against the page's address.
        String written = target.contains(":") ? a.meta().url().flatMap(u -> LocalMedia.relativeTo(u, target)).orElse(target) : target;
        out.add(Finding.warning(prefix + a.file().relative(), "broken-link", "image " + written + " not shown: " + r.reason()));
        continue;
      }
      broken(target, pagePath, sitePaths).ifPresent(why ->
          out.add(Finding.warning(prefix + a.file().relative(), "broken-link", "broken link " + target + " (" + why + ")")));
    }
  }

  /** Why a link is broken, or empty if it is fine or not internal. */
  static java.util.Optional<String> broken(String target, String pagePath, Set<String> sitePaths) {
    if (target.isEmpty() || target.startsWith("#")) return java.util.Optional.empty();
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException e) {
      return java.util.Optional.of("not a valid address");
    }
    if (uri.getScheme() != null || uri.getRawAuthority() != null) return java.util.Optional.empty();
    String rawPath = uri.getRawPath();
    if (rawPath == null || rawPath.isEmpty()) return java.util.Optional.empty();
    if (rawPath.startsWith("/")) return java.util.Optional.of("starts with /, which breaks on a GitHub Pages project site; use a relative link");
    URI resolved = SITE.resolve(pagePath).resolve(uri);
    if (!SITE.getAuthority().equals(resolved.getAuthority())) return java.util.Optional.of("outside the site");
    String path = resolved.getPath();
    if (path == null || path.contains("/../") || path.startsWith("/..")) return java.util.Optional.of("outside the site");
    String rel = path.substring(1);
    if (rel.isEmpty() || rel.endsWith("/")) rel = rel + "index.html";
    if (sitePaths.contains(rel)) return java.util.Optional.empty();
    return java.util.Optional.of("no such page in the site");
  }

  private BodyLinks() {}
}
