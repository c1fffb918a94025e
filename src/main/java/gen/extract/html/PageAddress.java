package gen.extract.html;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The address a saved page was fetched from, and links made absolute against it. */
final class PageAddress {
  /** The page's {@code <base href>} when absolute, else the page's own URL, else "". */
  static String of(Document doc, Optional<String> pageUrl) {
    Element base = doc.selectFirst("base[href]");
    if (base != null && isAbsolute(base.attr("href"))) return base.attr("href").trim();
    return pageUrl.filter(PageAddress::isAbsolute).orElse("");
  }

  static void absolutize(Element content, String base) {
    for (Element a : content.select("a[href]")) a.attr("href", resolve(base, a.attr("href")));
    for (Element img : content.select("img[src]")) img.attr("src", resolve(base, img.attr("src")));
    for (Element img : content.select("img[srcset], source[srcset]")) img.removeAttr("srcset");
  }

  /** {@code ref} resolved against {@code base}; unchanged when either is not a usable address. */
  static String resolve(String base, String ref) {
    String r = ref.trim();
    if (base.isEmpty() || r.isEmpty() || r.startsWith("#") || r.startsWith("data:")) return r;
    try {
      if (r.startsWith("//")) return URI.create(base).getScheme() + ":" + r;
      return URI.create(base).resolve(r.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return r;
    }
  }

  private static boolean isAbsolute(String s) {
    String t = s.trim().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  private PageAddress() {}
}
