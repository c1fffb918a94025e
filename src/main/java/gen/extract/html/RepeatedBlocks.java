package gen.extract.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A line of the body that says again, word for word, what an earlier line said: a photo caption
 * printed once per slideshow view, a credit repeated under every picture, a lede printed twice. The
 * first one stays, the copies go. Only leaf blocks are compared, each once: a hash set, no pairs.
 */
final class RepeatedBlocks {
  private static final int MIN_LENGTH = 20;
  /**
   * Outside captions only a long paragraph counts as a copy (a lede printed twice): short lines
   * repeat on purpose (the same question put to each guest, the same step in each recipe).
   */
  private static final int MIN_PARAGRAPH = 150;
  private static final java.util.regex.Pattern CAPTION_NAMES =
      java.util.regex.Pattern.compile("(?i)caption|credit|photo|legend|gallery|slide");
  private static final String LEAVES = "p, figcaption, h2, h3, h4, h5, h6, li, blockquote, div, span, td";

  static void remove(Element content) {
    Set<String> seen = new HashSet<>();
    Set<Element> leaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Element> blocks = content.select(LEAVES);
    for (Element e : blocks) {
      if (e == content || e.parent() == null || !isLeaf(e) || insideLeaf(e, leaves, content)) continue;
      leaves.add(e);
      String text = e.text().replaceAll("[\\s\\u00A0]+", " ").strip();
      if (text.length() < (isCaption(e) ? MIN_LENGTH : MIN_PARAGRAPH)) continue;
      if (!seen.add(text)) e.remove();
    }
  }

  /** A caption or photo credit: in a figure, or named so on itself or the two wrappers above it. */
  private static boolean isCaption(Element e) {
    if (e.closest("figure, figcaption") != null) return true;
    Element x = e;
    for (int i = 0; i < 3 && x != null; i++, x = x.parent()) if (CAPTION_NAMES.matcher(ClassHints.names(x)).find()) return true;
    return false;
  }

  /** A span inside a paragraph already compared is part of that line, not a line again. */
  private static boolean insideLeaf(Element e, Set<Element> leaves, Element content) {
    for (Element p = e.parent(); p != null && p != content; p = p.parent()) if (leaves.contains(p)) return true;
    return false;
  }

  /** No block below it: its text is one line of the page, not a summary of several. */
  private static boolean isLeaf(Element e) {
    for (Element c : e.children()) {
      switch (c.normalName()) {
        case "p", "div", "figcaption", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table", "section", "figure" -> {
          return false;
        }
        default -> {}
      }
    }
    return true;
  }

  private RepeatedBlocks() {}
}
