package gen.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

  /** A node still to visit, or (exit) the end of a block element whose children are done. */
  private record Step(Node node, boolean exit) {}

  /** Depth-first, with an explicit stack: a tree of any depth cannot overflow the call stack. */
  private static void walk(Node root, List<String> out, StringBuilder current) {
    Deque<Step> stack = new ArrayDeque<>();
    pushChildren(root, stack);
    while (!stack.isEmpty()) {
      Step step = stack.pop();
      if (step.exit()) {
        flush(out, current);
        continue;
      }
      Node child = step.node();
      if (child instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (child instanceof Element e) {
        boolean block = BLOCKS.contains(e.normalName());
        if (block) flush(out, current);
        if (e.normalName().equals("td") || e.normalName().equals("th")) current.append(' ');
        if (block) stack.push(new Step(e, true));
        pushChildren(e, stack);
      }
    }
  }

  private static void pushChildren(Node node, Deque<Step> stack) {
    for (int i = node.childNodeSize() - 1; i >= 0; i--) stack.push(new Step(node.childNode(i), false));
  }

  private static void flush(List<String> out, StringBuilder current) {
    String text = collapseSpaces(current).strip();
    if (!text.isEmpty()) out.add(text);
    current.setLength(0);
  }

  /**
   * Each run of ASCII whitespace ({@code \s}) and no-break spaces as one space, as {@code
   * replaceAll("[\s\u00A0]+", " ")} does, without a regex: this sees every character of every
   * body.
   */
  static String collapseSpaces(CharSequence text) {
    // One bulk copy into an array, collapsed in place: per-character appends to a builder cost
    // more than the rest of the walk.
    int n = text.length();
    char[] chars = new char[n];
    if (text instanceof StringBuilder sb) sb.getChars(0, n, chars, 0);
    else text.toString().getChars(0, n, chars, 0);
    int kept = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B || c == 0xA0;
      if (!space) chars[kept++] = c;
      else if (!inRun) chars[kept++] = ' ';
      inRun = space;
    }
    return new String(chars, 0, kept);
  }

  private BodyText() {}
}
