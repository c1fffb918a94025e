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
    Paragraph current = new Paragraph();
    walk(body, out, current);
    current.flush(out);
    return out;
  }

  /**
   * The text of the block being walked. A block of one text node (every paragraph of a text
   * article) is kept as that node's string, not copied into the builder: collapsed, it is most
   * often the same string, which is then kept as it is.
   */
  private static final class Paragraph {
    private final StringBuilder text = new StringBuilder();
    /** The block's only text so far, not yet in {@link #text}; null when there is none. */
    private String single;

    void append(String s) {
      if (single == null && text.length() == 0) {
        single = s;
        return;
      }
      spill();
      text.append(s);
    }

    void append(char c) {
      spill();
      text.append(c);
    }

    private void spill() {
      if (single != null) {
        text.append(single);
        single = null;
      }
    }

    void flush(List<String> out) {
      String collapsed = single != null ? collapseSpaces(single) : collapseSpaces(text);
      String stripped = collapsed.strip();
      if (!stripped.isEmpty()) out.add(stripped);
      single = null;
      text.setLength(0);
    }
  }

  /** A node still to visit, or (exit) the end of a block element whose children are done. */
  private record Step(Node node, boolean exit) {}

  /** Depth-first, with an explicit stack: a tree of any depth cannot overflow the call stack. */
  private static void walk(Node root, List<String> out, Paragraph current) {
    Deque<Step> stack = new ArrayDeque<>();
    pushChildren(root, stack);
    while (!stack.isEmpty()) {
      Step step = stack.pop();
      if (step.exit()) {
        current.flush(out);
        continue;
      }
      Node child = step.node();
      if (child instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (child instanceof Element e) {
        boolean block = BLOCKS.contains(e.normalName());
        if (block) current.flush(out);
        if (e.normalName().equals("td") || e.normalName().equals("th")) current.append(' ');
        if (block) stack.push(new Step(e, true));
        pushChildren(e, stack);
      }
    }
  }

  private static void pushChildren(Node node, Deque<Step> stack) {
    for (int i = node.childNodeSize() - 1; i >= 0; i--) stack.push(new Step(node.childNode(i), false));
  }

  /**
   * Each run of ASCII whitespace ({@code \s}) and no-break spaces as one space, as {@code
   * replaceAll("[\s\u00A0]+", " ")} does, without a regex: this sees every character of every
   * body. A string that needs no change is returned as it is.
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
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B || c == 0xA0;
      if (!space) {
        chars[kept++] = c;
      } else if (!inRun) {
        changed |= c != ' ';
        chars[kept++] = ' ';
      } else {
        changed = true;
      }
      inRun = space;
    }
    if (!changed && text instanceof String s) return s;
    return new String(chars, 0, kept);
  }

  private BodyText() {}
}
