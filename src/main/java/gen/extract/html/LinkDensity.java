package gen.extract.html;

import org.jsoup.nodes.Element;

/** The share of an element's text that sits inside links: high in menus and lists of headlines. */
final class LinkDensity {
  static double of(Element e) {
    int total = e.text().length();
    if (total == 0) return 0;
    int linked = 0;
    for (Element a : e.select("a")) {
      // In-page anchors (footnotes, tables of contents) are part of the text, weigh them less.
      int len = a.text().length();
      linked += a.attr("href").startsWith("#") ? len * 3 / 10 : len;
    }
    return Math.min(1.0, (double) linked / total);
  }

  private LinkDensity() {}
}
