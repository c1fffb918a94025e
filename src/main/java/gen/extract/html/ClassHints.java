package gen.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Weak signals only: a score nudge, or, for the
 * clearest furniture words, a reason to drop an element that holds little of the page's text.
 */
final class ClassHints {
  /** Names that usually mean page furniture, never the article. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:ad|ads|advert\\w*|banner|breadcrumbs?|combx|comments?|comment-\\w+|community|cookie\\w*|disqus|"
              + "footer|gdpr|masthead|menu|nav|navbar|navigation|newsletter|outbrain|pagination|pager|popup|modal|"
              + "promo\\w*|related|recirc\\w*|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|"
              + "sponsor\\w*|subscribe|subscription|taboola|toolbar|tooltip|trending|most-?popular|read-?more|"
              + "recommend\\w*|signup|sign-up|paywall|widget|jump-?link\\w*)(?:$|[\\s_-])");
  /** Names that, beside a furniture word, suggest the element may still be content. */
  private static final Pattern MAYBE_CONTENT =
      Pattern.compile("(?i)article|body|column|content|main|shadow|story|entry|post-?text|text");
  private static final Pattern POSITIVE =
      Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(?:hidden|hid|banner|combx|comment|com|contact|footer|gdpr|masthead|media|meta|outbrain|"
              + "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
              + "newsletter|subscribe|social|nav|menu|ad|ads|caption-credit)(?:$|[\\s_-])");

  static String names(Element e) {
    return e.className() + " " + e.id();
  }

  /**
   * Class and id, less an id that only repeats the element's own heading ("sharing-with-several-
   * developers" on a documentation section): such an id is the heading's words, not a role.
   */
  static String hintNames(Element e) {
    String id = e.id();
    return isHeadingSlug(e, id) ? e.className() : e.className() + " " + id;
  }

  private static boolean isHeadingSlug(Element e, String id) {
    if (id.length() < 12 || separators(id) < 2) return false;
    Element heading = e.selectFirst("h1, h2, h3, h4, h5, h6");
    if (heading == null) return false;
    return slug(heading.text()).contains(slug(id));
  }

  private static int separators(String id) {
    int n = 0;
    for (int i = 0; i < id.length(); i++) if (id.charAt(i) == '-' || id.charAt(i) == '_') n++;
    return n;
  }

  private static String slug(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
  }

  static boolean looksLikeFurniture(Element e) {
    String n = hintNames(e).trim();
    if (n.isEmpty()) return false;
    return FURNITURE.matcher(n).find() && !MAYBE_CONTENT.matcher(n).find();
  }

  static boolean looksLikeFurnitureStrict(Element e) {
    String n = hintNames(e).trim();
    return !n.isEmpty() && FURNITURE.matcher(n).find();
  }

  /** +25 for a content-like name, -25 for a furniture-like one; both can apply. */
  static int weight(Element e) {
    int w = 0;
    String id = e.id();
    for (String n : new String[] {e.className(), isHeadingSlug(e, id) ? "" : id}) {
      if (n.isEmpty()) continue;
      if (NEGATIVE.matcher(n).find()) w -= 25;
      if (POSITIVE.matcher(n).find()) w += 25;
    }
    return w;
  }

  private ClassHints() {}
}
