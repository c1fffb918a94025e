package gen.render;

import gen.model.Article;
import gen.model.Metadata;
import gen.model.PublishedDate;
import gen.text.SafeUrls;
import java.util.List;

/**
 * An article as templates see it. Paths are relative to the site root: templates prefix them
 * with {@code root} (the way up from the page being rendered). Fields a template may test with
 * {@code ??}: {@code date}, {@code dateDisplay}, {@code datePrecision}, {@code saved}, {@code
 * source}, {@code source.domain}, {@code source.url}, {@code source.path}, {@code url}, {@code
 * archiveUrl}, {@code image}.
 *
 * <p>{@code tags}, {@code people}, {@code organizations} and {@code places} are the names; the
 * {@code ...Links} lists are the same terms with the paths of their pages, for linking.
 *
 * <p>URLs are only ever http, https, mailto or relative ({@link SafeUrls}): a template may put
 * them in an {@code href} as they are.
 */
public record ArticleView(
    String title,
    String slug,
    String path,
    String date,
    String dateDisplay,
    String datePrecision,
    String saved,
    List<String> authors,
    SourceView source,
    String url,
    String archiveUrl,
    String language,
    String dir,
    String summary,
    String image,
    List<String> tags,
    List<String> people,
    List<String> organizations,
    List<String> places,
    List<TermLink> tagLinks,
    List<TermLink> peopleLinks,
    List<TermLink> organizationLinks,
    List<TermLink> placeLinks,
    List<QuoteView> quotes,
    int wordCount,
    int readingMinutes,
    ArticleBody bodyHtml,
    String sourceFile) {

  /**
   * @param url the source's own site
   * @param path site-root relative path of the source's page in this site
   */
  public record SourceView(String name, String domain, String url, String path) {}

  public record QuoteView(String text, String speaker) {}

  /** Term links for one article; empty lists where the archive has no taxonomies. */
  record Links(SourceView source, List<TermLink> tags, List<TermLink> people, List<TermLink> organizations, List<TermLink> places) {}

  /** The Wayback Machine's address for a URL: it redirects to the capture nearest to now. */
  static String webArchiveUrl(String url) {
    return "https://web.archive.org/web/" + url;
  }

  /** The site path of an article's page. */
  static String pathOf(Article a) {
    return "articles/" + a.slug() + ".html";
  }

  /** As the view's {@code dateDisplay}, without making the view. */
  static String dateDisplayOf(Article a) {
    return a.meta().published().map(DateDisplay::of).orElse(null);
  }

  /** A view without links to term pages. */
  public static ArticleView of(Article a) {
    Metadata m = a.meta();
    SourceView source =
        m.source()
            .map(s -> new SourceView(s.name(), s.domain().orElse(null), s.url().flatMap(SafeUrls::link).orElse(null), null))
            .orElse(null);
    return of(a, new Links(source, List.of(), List.of(), List.of(), List.of()));
  }

  static ArticleView of(Article a, Links links) {
    Metadata m = a.meta();
    return new ArticleView(
        m.title(),
        a.slug(),
        pathOf(a),
        m.published().map(PublishedDate::iso).orElse(null),
        dateDisplayOf(a),
        m.published().map(d -> d.precision().label()).orElse(null),
        m.saved().map(Object::toString).orElse(null),
        m.authors(),
        links.source(),
        m.url().flatMap(SafeUrls::link).orElse(null),
        m.url().flatMap(SafeUrls::link).map(ArticleView::webArchiveUrl).orElse(null),
        m.language(),
        m.direction().attribute(),
        m.summary(),
        m.image().flatMap(SafeUrls::link).orElse(null),
        m.tags(),
        m.entities().people(),
        m.entities().organizations(),
        m.entities().places(),
        links.tags(),
        links.people(),
        links.organizations(),
        links.places(),
        m.quotes().stream().map(q -> new QuoteView(q.text(), q.speaker().orElse(null))).toList(),
        m.wordCount(),
        m.readingMinutes(),
        new ArticleBody(a),
        a.file().relative());
  }
}
