package gen.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page calls its own site where it links to its front page: the logo's alternative text,
 * a "新华网" link in the breadcrumbs. A title segment that reads the same is the site's name.
 */
final class HomeLinks {
  private static final int MAX_NAME_CHARS = 40;
  private static final int MAX_NAMES = 8;

  private HomeLinks() {}

  /** A front page: "/", or a host with no path ("https://www.example.com/", "//example.com/index.html"). */
  private static final Pattern HOME =
      Pattern.compile("^(?:/|(?:https?:)?//[^/?#\\s]+/?(?:index\\.\\w{2,5})?)$", Pattern.CASE_INSENSITIVE);

  /**
   * Names given to the links (in page order) that lead to a front page: the page's own, or where its address is
   * not known, another site's, which is a site's name all the same.
   */
  static List<String> names(List<Element> links) {
    List<String> names = new ArrayList<>();
    for (Element a : links) {
      if (!HOME.matcher(a.attr("href").trim()).matches()) continue;
      add(names, a.text());
      add(names, a.attr("title"));
      for (Element img : a.select("img[alt]")) add(names, img.attr("alt"));
      if (names.size() >= MAX_NAMES) break;
    }
    return names;
  }

  private static void add(List<String> names, String name) {
    String n = LiteralEntities.decode(name).replaceAll("[\\s\\u00A0]+", " ").strip();
    // A link that shows its own address ("https://example.com/") names no site: it is a reference.
    if (n.isEmpty() || n.length() > MAX_NAME_CHARS || n.contains("/") || gen.extract.Urls.looksLikeDomain(n)) return;
    if (!names.contains(n)) names.add(n);
  }
}
