package gen.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A line inside the article that points at another article: a cue ("READ MORE:", "Lire aussi :",
 * "Leia também:", "Читайте также:") and then a linked headline. The cue alone is caught with the
 * other furniture labels; this catches it with its link, in the languages news is written in.
 */
final class ReadAlsoLines {
  private static final Pattern CUE =
      Pattern.compile(
          "(?iu)^(?:read more|read also|also read|see more|see also|more|watch|don't miss|must read|"
              + "leia também|leia mais|veja também|veja mais|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|"
              + "voir aussi|lire également|leggi anche|lee también|ver también|te puede interesar|lees ook|"
              + "czytaj też|czytaj także|читайте также|смотрите также|baca juga|lihat juga|関連記事|相关阅读|延伸阅读)"
              + "\\s*[:：|»>–—-]\\s*");
  private static final int MAX_LENGTH = 220;
  /** The share of what follows the cue that must be link text. */
  private static final double LINKED = 0.6;

  static void remove(Element content) {
    for (Element e : content.select("p, div, li, h3, h4, h5, h6")) {
      if (e == content || e.parent() == null) continue;
      String text = e.text().strip();
      if (text.length() > MAX_LENGTH) continue;
      var m = CUE.matcher(text);
      if (!m.lookingAt()) continue;
      int rest = text.length() - m.end();
      int linked = 0;
      for (Element a : e.select("a")) linked += a.text().length();
      if (rest > 0 && linked >= LINKED * rest) e.remove();
    }
  }

  private ReadAlsoLines() {}
}
