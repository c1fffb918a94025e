package gen.render;

/**
 * Site-wide values every template receives as {@code site}.
 *
 * @param baseUrl absolute URL of the site root ending in {@code /}, or null when none was given
 * @param basePath the path part of {@code baseUrl} ({@code /news/}), or {@code /} without one:
 *     the prefix of links on pages served at any depth, such as {@code 404.html}
 */
public record SiteView(String title, String baseUrl, String basePath, String generator) {}
