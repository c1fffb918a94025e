package gen.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article by scoring the page's paragraphs and handing each
 * paragraph's score up to its ancestors: the container with the most prose, with few links and a
 * content-like name, wins; its siblings that look like more of the same are kept beside it.
 */
final class ContentScorer {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> LEAF_BLOCKS = Set.of("div", "section", "li");
  private static final Set<String> BLOCK_CHILDREN =
      Set.of("p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote", "pre",
          "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "main", "aside", "form");
  private static final int MIN_PARAGRAPH = 25;
  private static final int SIBLING_PROSE = 200;

  private final Map<Element, Double> scores = new IdentityHashMap<>();
  private TextStats stats;

  /** The article's container (possibly a fresh wrapper of it and its siblings), if any prose was found. */
  static Optional<Element> best(Element root) {
    return new ContentScorer().select(root);
  }

  private Optional<Element> select(Element root) {
    stats = TextStats.of(root);
    for (Element p : paragraphs(root)) {
      if (stats.text(p) < MIN_PARAGRAPH) continue;
      String text = p.text();
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = p.parent();
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (ancestor.normalName().equals("html")) break;
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, initial(ancestor) + score / divider, (a, b) -> a + score / divider);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
      e.setValue(s);
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    if (top == null) return Optional.empty();
    top = commonAncestorOfRivals(top, topScore);
    top = climb(top);
    return Optional.of(withSiblings(top));
  }

  /** Leaf-ish blocks: paragraphs, and divs that hold text but no other blocks (used as paragraphs). */
  private List<Element> paragraphs(Element root) {
    List<Element> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      if (PARAGRAPHS.contains(tag)) {
        out.add(e);
      } else if (stats.text(e) < MIN_PARAGRAPH) {
        continue;
      } else if (LEAF_BLOCKS.contains(tag) && !hasBlockChild(e)
          || tag.equals("span") && hasOwnText(e) && e.parent() != null && e.parent().normalName().equals("div")
              && !hasBlockChild(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) if (BLOCK_CHILDREN.contains(c.normalName())) return true;
    return false;
  }

  private static boolean hasOwnText(Element e) {
    for (Node n : e.childNodes()) if (n instanceof TextNode t && !t.isBlank()) return true;
    return false;
  }

  private static double initial(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.normalName().equals("article") || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) s += 25;
    return s + ClassHints.weight(e);
  }

  /** Commas of several scripts: each marks one more clause of prose. */
  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،' || c == '。') n++;
    }
    return n;
  }

  /**
   * An article split into parts (steps, sections) scores as several near-equal containers: when
   * three of the best share an ancestor with the top one, that ancestor holds the article.
   */
  private Element commonAncestorOfRivals(Element top, double topScore) {
    List<Element> rivals = new ArrayList<>();
    scores.entrySet().stream()
        .filter(e -> e.getKey() != top && e.getValue() >= 0.75 * topScore)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(5)
        .forEach(e -> rivals.add(e.getKey()));
    if (rivals.size() < 3) return top;
    for (Element a = top.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      int inside = 0;
      for (Element r : rivals) if (isAncestor(a, r)) inside++;
      if (inside >= 3) return a;
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
    return false;
  }

  /**
   * A top element whose parent scores about as well is one part of a split article: climb while
   * the parent keeps at least a third of the score and does better, or while the top is an only child.
   */
  private Element climb(Element top) {
    double last = scores.getOrDefault(top, 0.0);
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
      Double ps = scores.get(p);
      if (ps == null) continue;
      if (ps < threshold) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    while (top.parent() != null && !top.parent().normalName().equals("body")
        && top.parent().children().size() == 1) {
      top = top.parent();
    }
    return top;
  }

  /** The top element plus the siblings that score near it or read like prose. */
  private Element withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) return top;
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element s : parent.children()) {
      if (s == top) {
        kept.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(s);
      if (score != null && score + bonus >= threshold) {
        kept.add(s);
      } else if (score == null && bonus > 0 && stats.text(s) >= SIBLING_PROSE && stats.linkDensity(s) < 0.3) {
        // A part built like the top one whose paragraphs sit deeper than scores climb (five levels).
        kept.add(s);
      } else if (s.normalName().equals("p")) {
        String text = s.text();
        double links = stats.linkDensity(s);
        if (text.length() > 80 && links < 0.25) kept.add(s);
        else if (!text.isEmpty() && text.length() <= 80 && links == 0 && text.matches("(?s).*[.。!?]\\s*$")) kept.add(s);
      }
    }
    if (kept.size() == 1) return top;
    Element wrapper = new Element("div");
    for (Element k : kept) wrapper.appendChild(k.clone());
    return wrapper;
  }
}
