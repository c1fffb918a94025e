package gen.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/** The paragraph-level children of a text article's body, which the text heuristics read. */
final class Blocks {
  static List<Element> of(Element body) {
    return body.children().stream().filter(e -> !e.text().isBlank()).toList();
  }

  private Blocks() {}
}
