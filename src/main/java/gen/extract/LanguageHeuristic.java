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
    String detected = LanguageDetector.detect(sample(ctx.body(), SAMPLE));
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
    StringBuilder sb = new StringBuilder(Math.min(limit, 4096));
    body.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          sb.append(' '); // a block or line break ends the word before it
        }
        return sb.length() >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) sb.append(' ');
        return FilterResult.CONTINUE;
      }
    });
    return sb.length() > limit ? sb.substring(0, limit) : sb.toString();
  }
}
