package gen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The plain text of a body: one paragraph per block element, paragraphs joined by a blank line. */
public final class BodyText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "pre", "table", "tr", "figure", "figcaption", "section", "article",
          "header", "footer", "aside", "main", "nav", "address", "hr", "br", "details", "summary",
          "caption", "td", "th");

  public static String of(Element body) {
    return String.join("\n\n", paragraphs(body));
  }

  public static List<String> paragraphs(Element body) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    walk(body, out, current);
    flush(out, current);
    return out;
  }

  private static void walk(Node node, List<String> out, StringBuilder current) {
    // An explicit stack would survive deeper trees; jsoup caps nesting depth while parsing.
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (child instanceof Element e) {
        boolean block = BLOCKS.contains(e.normalName());
        if (block) flush(out, current);
        if (e.normalName().equals("td") || e.normalName().equals("th")) current.append(' ');
        walk(e, out, current);
        if (block) flush(out, current);
      }
    }
  }

  private static void flush(List<String> out, StringBuilder current) {
    String text = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!text.isEmpty()) out.add(text);
    current.setLength(0);
  }

  private BodyText() {}
}
