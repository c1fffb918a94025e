package gen.render;

import java.util.List;

/**
 * Site-wide values every template receives as {@code site}.
 *
 * @param baseUrl absolute URL of the site root ending in {@code /}, or null when none was given
 * @param basePath the path part of {@code baseUrl} ({@code /news/}), or {@code /} without one:
 *     the prefix of links on pages served at any depth, such as {@code 404.html}
 * @param sections the header's section links, in order: Latest and Archive always, then each kind
 *     of term that has at least one term with a page, listed on its index page (a section with nothing in it
 *     would lead readers to an empty page)
 * @param description a sentence about the site, or empty ({@link Presentation#description})
 * @param language the site's language tag ({@link Presentation#language})
 * @param author who publishes the archive, or empty
 * @param copyright the footer's notice, or empty
 */
public record SiteView(String title, String baseUrl, String basePath, String generator, List<Section> sections,
    String description, String language, String author, String copyright) {

  /** A site view with the default presentation: no description, author or notice, in English. */
  public SiteView(String title, String baseUrl, String basePath, String generator, List<Section> sections) {
    this(title, baseUrl, basePath, generator, sections, "", Presentation.DEFAULT_LANGUAGE, "", "");
  }

  /**
   * A section of the site, as linked from the header.
   *
   * @param path its first page, from the site root ({@code people/index.html})
   * @param folder where its other pages are ({@code people/}, {@code page/} for Latest): a page
   *     whose path starts with it belongs to the section
   */
  public record Section(String label, String path, String folder) {}
}
