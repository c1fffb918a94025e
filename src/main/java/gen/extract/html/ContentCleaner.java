package gen.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Second pass, over the chosen article container: drops the blocks inside it that do not read
 * like article text (link lists, share bars, image strips, forms), judged by their own counts of
 * paragraphs, links, list items and images rather than by their names alone.
 */
final class ContentCleaner {
  private static final String CONDITIONAL = "div, section, table, ul, ol, dl, aside, header, footer, figure";

  static void clean(Element content) {
    TagLinks.remove(content);
    // Innermost first, so a container is judged on what is left inside it.
    List<Element> blocks = new ArrayList<>(content.select(CONDITIONAL));
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Element e = blocks.get(i);
      if (e == content || e.parent() == null) continue;
      if (isFurniture(e)) e.remove();
    }
    for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
      if (ClassHints.weight(h) < 0 || LinkDensity.of(h) > 0.33 && h.text().length() < 120) h.remove();
    }
    removeBoilerplateLines(content);
    ReadAlsoLines.remove(content);
    RepeatedBlocks.remove(content);
    DatelineBlocks.remove(content);
    removeEmpty(content);
  }

  /** Whole blocks that are a label of page furniture, in the languages news is written in. */
  private static final java.util.regex.Pattern FURNITURE_LINE =
      java.util.regex.Pattern.compile(
          "(?iu)(?:advertisement|advertising|ad|sponsored|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|"
              + "реклама|reklama|reklam|iklan|広告|广告|광고|caption|tags?|trending(?: now)?|related(?: articles| stories| news| posts)?|"
              + "read more|more|share(?: this(?: article| story)?)?|you may also like|you might also like|recommended(?: for you)?|"
              + "continue reading|read also|see also|also read|most read|most popular|leia também|leia mais|lesen sie auch|"
              + "mehr zum thema|lire aussi|à lire aussi|leggi anche|lee también|читайте также|baca juga|関連記事|相关阅读|"
              + "related coverage|more from .{1,30}|more on this story|more stories)\\s*[:.…]*");
  /** Headings that announce a list of other articles, not a section of this one. */
  private static final java.util.regex.Pattern RELATED_HEADING =
      java.util.regex.Pattern.compile(
          "(?iu)(?:related|you may also like|you might also like|recommended|read also|also read|most read|more stories|"
              + "more from|leia também|mais lidas|lesen sie auch|mehr zum thema|lire aussi|leggi anche|lee también|"
              + "читайте также|baca juga|関連記事|相关).*");

  private static void removeBoilerplateLines(Element content) {
    for (Element e : content.select("p, div, span, h2, h3, h4, h5, h6, li, figcaption, strong")) {
      if (e.parent() == null || e == content) continue;
      String text = e.text().strip();
      if (text.length() <= 40 && FURNITURE_LINE.matcher(text).matches()) {
        Element next = e.nextElementSibling();
        if (e.normalName().matches("h[2-6]|p|div|strong") && RELATED_HEADING.matcher(text).matches() && next != null
            && (next.normalName().matches("ul|ol|div") && LinkDensity.of(next) > 0.3)) {
          next.remove();
        }
        e.remove();
      }
    }
  }

  static boolean isFurniture(Element e) {
    String tag = e.normalName();
    String text = e.text();
    int weight = ClassHints.weight(e);
    if (tag.equals("figure")) return e.select("img, picture, video, table").isEmpty() && text.length() < 25;
    if (EmbeddedPost.wraps(e)) return false;
    if (weight < 0 && ClassHints.looksLikeFurnitureStrict(e) && text.length() < 2000) return true;
    if (commas(text) >= 10) return false;
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    int paragraphs = e.select("p").size();
    int images = e.select("img").size();
    int items = e.select("li").size() - 100;
    int inputs = e.select("input").size();
    double links = LinkDensity.of(e);
    int length = text.length();
    boolean inFigure = e.closest("figure") != null;
    if (tag.equals("table") && e.select("th, td").size() > 1 && links < 0.5) return false;
    if (images > 1 && paragraphs < images / 2.0 && !inFigure && length < 200) return true;
    if (!list && items > paragraphs) return true;
    if (inputs > paragraphs / 3) return true;
    if (!list && length < 25 && (images == 0 || images > 2) && links > 0) return true;
    if (!list && weight < 25 && links > 0.2 + (length > 500 ? 0.15 : 0)) return true;
    if (weight >= 25 && links > 0.5) return true;
    if (list && links > 0.6 && length > 0 && averageItemLength(e) < 80) return true;
    return false;
  }

  private static double averageItemLength(Element list) {
    var items = list.select("li");
    if (items.isEmpty()) return list.text().length();
    return (double) list.text().length() / items.size();
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') n++;
    }
    return n;
  }

  /** Blocks with neither text nor media, left behind by the passes above. */
  private static void removeEmpty(Element content) {
    List<Element> all = new ArrayList<>(content.select("p, div, section, span, li, ul, ol, h1, h2, h3, h4, h5, h6, figure, figcaption, blockquote"));
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      if (e == content || e.parent() == null) continue;
      if (!hasText(e) && e.select("img, picture, video, audio, table, hr, br").isEmpty()) e.remove();
    }
  }

  private static boolean hasText(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) return true;
      if (n instanceof Element c && hasText(c)) return true;
    }
    return false;
  }

  private ContentCleaner() {}
}
