package gen.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and linked-text lengths of every element under a root, counted in one walk: scoring asks
 * for them for thousands of elements, and {@code Element.text()} on each would walk the same
 * subtrees again and again. Lengths count runs of white space as one character, as text() does.
 * Valid until the tree changes.
 */
final class TextStats {
  private final Map<Element, int[]> lengths = new IdentityHashMap<>();

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          int len = collapsedLength(t.getWholeText());
          if (len == 0) return;
          Element parent = t.parent();
          if (parent == null) return;
          stats.lengths.computeIfAbsent(parent, k -> new int[2])[0] += len;
        } else if (node instanceof Element e) {
          int[] own = stats.lengths.get(e);
          if (own == null) return;
          // All of a link's text is linked; in-page anchors (notes, contents) weigh less.
          if (e.normalName().equals("a")) own[1] = e.attr("href").startsWith("#") ? own[0] * 3 / 10 : own[0];
          if (node == root || e.parent() == null) return;
          int[] up = stats.lengths.computeIfAbsent(e.parent(), k -> new int[2]);
          up[0] += own[0];
          up[1] += own[1];
        }
      }
    }, root);
    return stats;
  }

  int text(Element e) {
    int[] s = lengths.get(e);
    return s == null ? 0 : s[0];
  }

  /** Share of the element's text inside links. */
  double linkDensity(Element e) {
    int[] s = lengths.get(e);
    if (s == null || s[0] == 0) return 0;
    return Math.min(1.0, (double) s[1] / s[0]);
  }

  private static int collapsedLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = Character.isWhitespace(c) || c == '\u00A0';
      if (ws) {
        if (!space) n++;
        space = true;
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }
}
