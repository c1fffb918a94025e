package gen.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The paragraph-level children of a text article's body, which the text heuristics read. */
final class Blocks {
  static List<Element> of(Element body) {
    return body.children().stream().filter(Blocks::hasText).toList();
  }

  /**
   * Whether {@code e.text()} would not be blank, without building that text (four heuristics ask
   * this of every block of every article): some character of some text below it is not white space.
   */
  private static boolean hasText(Node n) {
    if (n instanceof TextNode t) {
      String s = t.getWholeText();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        // What jsoup folds as space (including no-break space) or String.isBlank skips.
        if (c != '\u00a0' && !Character.isWhitespace(c)) return true;
      }
      return false;
    }
    for (Node child : n.childNodes()) {
      if (hasText(child)) return true;
    }
    return false;
  }

  private Blocks() {}
}
