package gen.render;

import java.util.Optional;

/**
 * Site-wide settings for rendering.
 *
 * @param title shown in the header and the feed
 * @param baseUrl absolute URL the site is published at, used only where a relative link cannot
 *     be (feed, sitemap, canonical and OpenGraph tags); always ends with {@code /} when present
 * @param presentation the description, language, page sizes and the like
 */
public record SiteOptions(String title, Optional<String> baseUrl, Presentation presentation) {
  public static final int DEFAULT_PAGE_SIZE = Presentation.DEFAULT_PAGE_SIZE;

  public SiteOptions {
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  /** The default presentation, with this many articles per page of the latest list. */
  public SiteOptions(String title, Optional<String> baseUrl, int pageSize) {
    this(title, baseUrl, Presentation.withPageSize(pageSize));
  }

  /** Articles per page of the latest-articles list (which shows summaries). */
  public int pageSize() {
    return presentation.pageSize();
  }

  /** Articles per page of the lists of titles without summaries (term and year pages). */
  public int titlesPerPage() {
    return presentation.titlesPerPage();
  }
}
