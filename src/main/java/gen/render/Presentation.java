package gen.render;

/**
 * How a site presents itself besides its title: what the configuration file ({@code gen.yaml})
 * sets and most sites leave as they are.
 *
 * @param description a sentence about the site: the description of its home, archive and search
 *     pages and the feed's subtitle; empty for none (the pages then describe themselves)
 * @param language the BCP 47 tag of the site's pages ({@code <html lang>}), unless an article's
 *     own language is known
 * @param author who publishes the archive: the feed's author; empty for none (the site's title then)
 * @param copyright the footer's notice and the feed's rights; empty for none
 * @param pageSize articles per page of the latest-articles list (which shows summaries)
 * @param titlesPerPage articles per page of the lists of titles (term and year pages)
 * @param feedEntries how many of the newest articles the Atom feed carries
 */
public record Presentation(String description, String language, String author, String copyright,
    int pageSize, int titlesPerPage, int feedEntries) {
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int DEFAULT_FEED_ENTRIES = 50;
  public static final String DEFAULT_LANGUAGE = "en";
  public static final Presentation DEFAULT = withPageSize(DEFAULT_PAGE_SIZE);

  public Presentation {
    if (pageSize < 1 || titlesPerPage < 1 || feedEntries < 1) {
      throw new IllegalArgumentException("page sizes and feed entries must be 1 or more");
    }
  }

  /** The defaults, with this many articles per page of the latest list. */
  public static Presentation withPageSize(int pageSize) {
    return new Presentation("", DEFAULT_LANGUAGE, "", "", pageSize, titlesFor(pageSize), DEFAULT_FEED_ENTRIES);
  }

  /**
   * Titles per page for this many articles with summaries: 2.5 times as many, about the same height
   * of page, and fewer pages carrying the frame of the site for a few lines each.
   */
  public static int titlesFor(int pageSize) {
    return Math.max(1, pageSize * 5 / 2);
  }
}
