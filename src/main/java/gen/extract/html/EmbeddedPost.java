package gen.extract.html;

import org.jsoup.nodes.Element;

/**
 * A wrapper named "social embed" or the like around a post the article quotes (a tweet, an
 * Instagram caption), which the platforms' embed code writes as a {@code <blockquote>}: the post's
 * words are part of the story, whatever the wrapper's name says.
 */
final class EmbeddedPost {
  private static final int MIN_TEXT = 40;
  private static final double QUOTED_SHARE = 0.6;

  static boolean wraps(Element e) {
    int text = e.text().length();
    if (text < MIN_TEXT) return false;
    int quoted = 0;
    for (Element q : e.select("blockquote")) {
      if (q.parent() == null || q.parent().closest("blockquote") == null) quoted += q.text().length();
    }
    return quoted >= QUOTED_SHARE * text;
  }

  private EmbeddedPost() {}
}
