package gen.render;

import java.util.List;

/**
 * The Atom feed as {@code feed.ftlx} sees it (as {@code feed}). Times are RFC 3339.
 *
 * @param id the feed's permanent id: the site's URL, or a {@code urn:uuid:} without a base URL
 * @param selfHref where the feed itself lives: absolute with a base URL, else {@code feed.xml}
 * @param siteHref the site's home page: absolute with a base URL, else {@code ./}
 * @param updated the newest entry's time
 */
public record FeedView(String id, String title, String selfHref, String siteHref, String updated, String generatorVersion, List<Entry> entries) {
  /**
   * One article.
   *
   * @param href the article's page, absolute with a base URL, else relative to the feed
   * @param published RFC 3339, or null when the date is unknown
   * @param updated the published time, else the day it was saved
   * @param contentHtml sanitized body HTML; the template escapes it as text
   */
  public record Entry(
      String id,
      String title,
      String href,
      String published,
      String updated,
      List<String> authors,
      String summary,
      String contentHtml,
      List<TermLink> categories) {}
}
