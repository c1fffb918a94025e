package gen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Both bodies of an article whose body is plain paragraphs of one text node each, as every text
 * article's is: the sanitized HTML ({@link BodySanitizer#clean}) and the paragraphs of its text
 * ({@link BodyText#paragraphs}), made in one pass over each paragraph instead of one each. A
 * paragraph that either would change (a character to escape, white space to fold) sends the
 * body back to them, except for white space, which is folded here as BodyText folds it.
 *
 * @param html the sanitized inner HTML
 * @param paragraphs the text's paragraphs, white space folded, none empty
 * @param textIsOfHtml whether the paragraphs are the HTML's paragraphs as they are (none folded,
 *     trimmed or dropped as empty): then {@link gen.model.ParagraphText#of} of the HTML is the text
 */
record PlainBody(String html, List<String> paragraphs, boolean textIsOfHtml) {
  private static final int PARAGRAPH_TAGS = "<p></p>".length();

  /** Both bodies, or empty when the body is not plain paragraphs of text that needs no escape. */
  static Optional<PlainBody> of(Element body) {
    if (!BodySanitizer.isPlainParagraphs(body) || !BodySanitizer.writesAsCopy(body)) return Optional.empty();
    char[] out = new char[1024];
    int length = 0;
    List<String> paragraphs = new ArrayList<>();
    boolean textIsOfHtml = true;
    for (Node child : body.childNodes()) {
      int nodes = child.childNodeSize();
      if (nodes > 1) return Optional.empty();
      String text = nodes == 0 ? "" : ((TextNode) child.childNode(0)).getWholeText();
      int n = text.length();
      if (length + n + PARAGRAPH_TAGS > out.length) out = java.util.Arrays.copyOf(out, Math.max(length + n + PARAGRAPH_TAGS, out.length * 2));
      // The tags char by char: a string's getChars is a call per tag, and there are two a paragraph.
      out[length++] = '<';
      out[length++] = 'p';
      out[length++] = '>';
      // Copied in bulk and checked in place, for both bodies at once.
      text.getChars(0, n, out, length);
      boolean fold = false;
      char previous = 0;
      for (int k = length, end = length + n; k < end; k++) {
        char c = out[k];
        if (c > '>' && c < 0xA0) {
          previous = c;
          continue; // letters, most punctuation: written as they are, and no white space
        }
        if (c >= 0x20) {
          // What the HTML escapes, or jsoup writes as a reference: BodySanitizer's to write.
          if (c == '&' || c == '<' || c == '>' || c == 0xA0 || Character.isSurrogate(c)) return Optional.empty();
          if (c == ' ' && previous == ' ') fold = true;
        } else {
          // Tab, newline and carriage return are written as they are and folded in the text;
          // any other control character is jsoup's to write.
          if (c != '\t' && c != '\n' && c != '\r') return Optional.empty();
          fold = true;
        }
        previous = c;
      }
      length += n;
      out[length++] = '<';
      out[length++] = '/';
      out[length++] = 'p';
      out[length++] = '>';
      String paragraph = (fold ? BodyText.collapseSpaces(text) : text).strip();
      if (!paragraph.isEmpty()) paragraphs.add(paragraph);
      if (fold || paragraph.isEmpty() || paragraph.length() != text.length()) textIsOfHtml = false;
    }
    return Optional.of(new PlainBody(new String(out, 0, length), paragraphs, textIsOfHtml && !paragraphs.isEmpty()));
  }
}
