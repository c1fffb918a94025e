package gen.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The language of the article: what the page declares ({@code <html lang>}), when the text does
 * not contradict it, else what the text itself says.
 */
public final class LanguageHeuristic implements Heuristic {
  /** The detector reads no further than this. */
  static final int SAMPLE = 20_000;

  @Override
  public void apply(ExtractionContext ctx) {
    Sample sample = Sample.of(ctx.body(), SAMPLE);
    String detected = LanguageDetector.detect(sample.chars(), sample.length());
    // The root element only: a search of the whole document for html[lang] cost as much as a walk.
    Element root = ctx.document().firstElementChild();
    String declared = root != null && root.normalName().equals("html") ? root.attr("lang").trim() : "";
    if (!declared.isEmpty()) {
      String primary = declared.toLowerCase(Locale.ROOT).split("[-_]")[0];
      if (detected.equals("und") || detected.equals(primary)) {
        ctx.offer(Field.LANGUAGE, declared, "html-lang", Trust.META);
      }
    }
    if (!detected.equals("und")) ctx.offer(Field.LANGUAGE, detected, "text", Trust.INFERRED);
  }

  /**
   * The body's text as the detector needs it, up to {@code limit} characters: words kept whole
   * and apart, whitespace as it comes. {@link Element#text()} would tidy every space of the whole
   * body first, which the detector does not need and which cost as much as the detection.
   */
  static String sample(Element body, int limit) {
    Sample sample = Sample.of(body, limit);
    return new String(sample.chars(), 0, sample.length());
  }

  /**
   * {@link #sample}'s text as the first {@code length} characters of {@code chars}: copied from
   * the text nodes straight into one array, which the detector reads as it is, rather than
   * through a builder, a string and the string's own copy of its characters.
   */
  record Sample(char[] chars, int length) {
    static Sample of(Element body, int limit) {
      if (BodySanitizer.isPlainParagraphs(body)) return ofParagraphs(body, limit);
      var filter = new NodeFilter() {
        char[] chars = new char[Math.min(limit, 4096)];
        int length;

        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof TextNode t) {
            append(t.getWholeText());
          } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
            append(' '); // a block or line break ends the word before it
          }
          return length >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element e && e.isBlock()) append(' ');
          return FilterResult.CONTINUE;
        }

        /** Only what fits under the limit: the sample is cut there anyway. */
        private void append(String s) {
          int n = Math.min(s.length(), limit - length);
          if (n <= 0) return;
          grow(n);
          s.getChars(0, n, chars, length);
          length += n;
        }

        private void append(char c) {
          if (length >= limit) return;
          grow(1);
          chars[length++] = c;
        }

        private void grow(int more) {
          if (length + more > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.min(limit, Math.max(length + more, chars.length * 2)));
          }
        }
      };
      body.filter(filter);
      return new Sample(filter.chars, filter.length);
    }

    /**
     * {@link #of} for a body of plain paragraphs (a text article's), without jsoup's walk: what
     * the walk appends, in its order (a space where a block starts and where it ends, the text
     * between), cut at the limit.
     */
    private static Sample ofParagraphs(Element body, int limit) {
      if (limit <= 0) return new Sample(new char[0], 0);
      char[] chars = new char[Math.min(limit, 4096)];
      int length = 0;
      boolean rootBlock = body.isBlock();
      if (rootBlock || body.normalName().equals("br")) chars[length++] = ' ';
      for (Node child : body.childNodes()) {
        if (length >= limit) break;
        Element p = (Element) child;
        boolean block = p.isBlock();
        if (block || p.normalName().equals("br")) {
          if (length == chars.length) chars = grown(chars, length + 1, limit);
          chars[length++] = ' ';
        }
        for (Node text : p.childNodes()) {
          if (length >= limit) break;
          String s = ((TextNode) text).getWholeText();
          int n = Math.min(s.length(), limit - length);
          if (length + n > chars.length) chars = grown(chars, length + n, limit);
          s.getChars(0, n, chars, length);
          length += n;
        }
        if (block && length < limit) {
          if (length == chars.length) chars = grown(chars, length + 1, limit);
          chars[length++] = ' ';
        }
      }
      if (rootBlock && length < limit) {
        if (length == chars.length) chars = grown(chars, length + 1, limit);
        chars[length++] = ' ';
      }
      return new Sample(chars, length);
    }

    private static char[] grown(char[] chars, int needed, int limit) {
      return java.util.Arrays.copyOf(chars, Math.min(limit, Math.max(needed, chars.length * 2)));
    }
  }
}
