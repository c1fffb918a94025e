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

  /**
   * {@code e.text()}, without jsoup's walk and rebuild when the element is one text node whose
   * text that would leave as it is (no white space to fold or trim, no invisible character to
   * drop): the text heuristics read the first and last blocks of every article several times.
   */
  static String text(Element e) {
    if (e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode t) {
      String s = t.getWholeText();
      if (isTidy(s)) return s;
    }
    return e.text();
  }

  /** Whether jsoup's text() of this one text node is the text itself. */
  private static boolean isTidy(String s) {
    int n = s.length();
    if (n == 0) return true;
    if (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ') return false; // trimmed
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // Folded: runs of spaces, and tab, line feed, form feed, carriage return, no-break space.
      // Dropped: zero-width space and soft hyphen.
      if (c < 0xA0 ? c == ' ' && previous == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
          : c == 0xA0 || c == 0xAD || c == 0x200B) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** {@code e.wholeText()}: for an element of one text node, that node's text, not a copy. */
  static String wholeText(Element e) {
    if (e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode t && !e.nameIs("br")) return t.getWholeText();
    return e.wholeText();
  }

  private Blocks() {}
}
