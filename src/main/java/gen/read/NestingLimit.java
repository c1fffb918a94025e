package gen.read;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps a document shallow enough for every later step. jsoup parses markup nested hundreds of
 * thousands of levels deep, but walking up such a tree (base URIs, cleaning, recursion in
 * heuristics) is slow or overflows the stack. Below {@link #MAX_DEPTH} levels, an element's
 * descendants are replaced by their text: no real article nests that deep.
 */
public final class NestingLimit {
  public static final int MAX_DEPTH = 256;

  /**
   * Flattens whatever lies deeper than {@link #MAX_DEPTH}; iterative, so any depth is safe.
   *
   * @return how many elements were flattened (0 for every ordinary document)
   */
  public static int flatten(Document doc) {
    int flattened = 0;
    Deque<Element> stack = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    stack.push(doc);
    depths.push(0);
    while (!stack.isEmpty()) {
      Element e = stack.pop();
      int depth = depths.pop();
      if (depth >= MAX_DEPTH) {
        if (e.childrenSize() > 0) {
          String text = e.wholeText();
          e.empty();
          e.appendText(text);
          flattened++;
        }
        continue;
      }
      for (Element child : e.children()) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
    return flattened;
  }

  private NestingLimit() {}
}
