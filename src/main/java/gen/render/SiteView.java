package gen.render;

/** Site-wide values every template receives as {@code site}. */
public record SiteView(String title, String baseUrl, int articleCount, String generator) {}
