package gen.render;

import gen.model.Article;
import gen.model.Metadata;
import gen.model.PublishedDate;
import gen.text.SafeUrls;
import java.util.List;

/**
 * An article as templates see it. Paths are relative to the site root: templates prefix them
 * with {@code root} (the way up from the page being rendered). Fields a template may test with
 * {@code ??}: {@code date}, {@code dateDisplay}, {@code source}, {@code url}, {@code image}. URLs
 * are only ever http, https, mailto or relative ({@link SafeUrls}): a template may put them in an
 * {@code href} as they are.
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
    String language,
    String dir,
    String summary,
    String image,
    List<String> tags,
    List<String> people,
    List<String> organizations,
    List<String> places,
    List<QuoteView> quotes,
    int wordCount,
    int readingMinutes,
    String bodyHtml,
    String sourceFile) {

  public record SourceView(String name, String domain, String url) {}

  public record QuoteView(String text, String speaker) {}

  public static ArticleView of(Article a) {
    Metadata m = a.meta();
    return new ArticleView(
        m.title(),
        a.slug(),
        "articles/" + a.slug() + ".html",
        m.published().map(PublishedDate::iso).orElse(null),
        m.published().map(DateDisplay::of).orElse(null),
        m.published().map(d -> d.precision().label()).orElse(null),
        m.saved().map(Object::toString).orElse(null),
        m.authors(),
        m.source()
            .map(s -> new SourceView(s.name(), s.domain().orElse(null), s.url().flatMap(SafeUrls::link).orElse(null)))
            .orElse(null),
        m.url().flatMap(SafeUrls::link).orElse(null),
        m.language(),
        m.direction().attribute(),
        m.summary(),
        m.image().flatMap(SafeUrls::link).orElse(null),
        m.tags(),
        m.entities().people(),
        m.entities().organizations(),
        m.entities().places(),
        m.quotes().stream().map(q -> new QuoteView(q.text(), q.speaker().orElse(null))).toList(),
        m.wordCount(),
        m.readingMinutes(),
        a.bodyHtml(),
        a.file().relative());
  }
}
