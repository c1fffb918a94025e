package gen.render;

import java.util.Optional;

/**
 * Site-wide settings for rendering.
 *
 * @param title shown in the header and the feed
 * @param baseUrl absolute URL the site is published at, used only where a relative link cannot
 *     be (feed, sitemap, canonical and OpenGraph tags); always ends with {@code /} when present
 * @param pageSize articles per page of the latest-articles list (which shows summaries)
 */
public record SiteOptions(String title, Optional<String> baseUrl, int pageSize) {
  public static final int DEFAULT_PAGE_SIZE = 20;

  public SiteOptions {
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  /**
   * Articles per page of the lists of titles without summaries (term and year pages): 2.5 times
   * {@link #pageSize}, about the same height of page, and fewer pages carrying the frame of the
   * site for a few lines each.
   */
  public int titlesPerPage() {
    return Math.max(1, pageSize * 5 / 2);
  }
}
