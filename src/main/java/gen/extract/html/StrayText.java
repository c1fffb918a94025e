package gen.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text written straight into a container beside its blocks ({@code <div><h2>..</h2>Text<br><br>More
 * text<div>..</div></div>}), as older and hand-made pages do. Scoring counts paragraphs, so such
 * text would weigh nothing: each run of inline content between blocks, split at a double line
 * break, becomes a {@code <p>} of its own. One pass over the elements, each child visited once.
 */
final class StrayText {
  /** Elements that flow inside a line of text; anything else ends a run. */
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "dfn", "em", "font", "i",
          "img", "kbd", "mark", "picture", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
          "sup", "time", "tt", "u", "var", "wbr");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body");
  /** Shorter runs are labels and stray characters: wrapping them would add nothing to the score. */
  private static final int MIN_TEXT = 25;

  static void wrap(Element root) {
    List<Element> containers = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (CONTAINERS.contains(e.normalName()) && hasBlockChild(e)) containers.add(e);
    }
    for (Element c : containers) wrapRuns(c);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) if (!INLINE.contains(c.normalName())) return true;
    return false;
  }

  private static void wrapRuns(Element container) {
    List<Node> run = new ArrayList<>();
    // Snapshot: wrapping moves the run's nodes out of the container's child list.
    for (Node n : new ArrayList<>(container.childNodes())) {
      if (n instanceof TextNode || n instanceof Element e && INLINE.contains(e.normalName())) {
        if (isBr(n) && endsWithBr(run)) {
          flush(run);
          continue;
        }
        run.add(n);
      } else if (n instanceof Element) {
        flush(run);
      }
    }
    flush(run);
  }

  private static boolean isBr(Node n) {
    return n instanceof Element e && e.normalName().equals("br");
  }

  /** Whether the run ends in a line break, with only white space after it. */
  private static boolean endsWithBr(List<Node> run) {
    for (int i = run.size() - 1; i >= 0; i--) {
      Node n = run.get(i);
      if (n instanceof TextNode t && t.isBlank()) continue;
      return isBr(n);
    }
    return false;
  }

  private static void flush(List<Node> run) {
    if (textLength(run) >= MIN_TEXT) {
      Element p = new Element("p");
      run.get(0).before(p);
      for (Node n : run) p.appendChild(n);
    }
    run.clear();
  }

  private static int textLength(List<Node> run) {
    int n = 0;
    for (Node node : run) {
      if (node instanceof TextNode t) n += t.text().strip().length();
      else if (node instanceof Element e) n += e.text().length();
      if (n >= MIN_TEXT) return n;
    }
    return n;
  }

  private StrayText() {}
}
