package gen.extract;

import gen.model.PublishedDate;
import gen.model.Source;
import gen.read.FrontMatter;
import java.util.Map;
import java.util.Optional;

/** Front matter fields, which override every other signal. */
public final class FrontMatterHeuristic implements Heuristic {
  private static final String HOW = "front-matter";

  @Override
  public void apply(ExtractionContext ctx) {
    FrontMatter fm = ctx.read().frontMatter();
    if (fm.isEmpty()) return;
    int t = Trust.FRONT_MATTER;
    fm.string("title").ifPresent(v -> ctx.offer(Field.TITLE, v, HOW, t));
    fm.string("slug").ifPresent(v -> ctx.offer(Field.SLUG, v, HOW, t));
    firstPresent(fm, "date", "published", "pubdate")
        .flatMap(FrontMatterHeuristic::date)
        .ifPresent(v -> ctx.offer(Field.DATE, v, HOW, t));
    firstPresent(fm, "saved", "archived")
        .flatMap(DateParser::parseMachine)
        .map(PublishedDate::day)
        .ifPresent(v -> ctx.offer(Field.SAVED, v, HOW, t));
    var authors = fm.strings("authors");
    ctx.offer(Field.AUTHORS, authors.isEmpty() ? fm.strings("author") : authors, HOW, t);
    source(fm).ifPresent(v -> ctx.offer(Field.SOURCE, v, HOW, t));
    firstPresent(fm, "url", "link", "original_url")
        .filter(Urls::isWebUrl)
        .ifPresent(v -> ctx.offer(Field.URL, v, HOW, t));
    ctx.offer(Field.TAGS, fm.strings("tags"), HOW, t);
    fm.bool("draft").ifPresent(v -> ctx.offer(Field.DRAFT, v, HOW, t));
    firstPresent(fm, "summary", "description").ifPresent(v -> ctx.offer(Field.SUMMARY, v, HOW, t));
    fm.string("image").ifPresent(v -> ctx.offer(Field.IMAGE, v, HOW, t));
    firstPresent(fm, "lang", "language").ifPresent(v -> ctx.offer(Field.LANGUAGE, v, HOW, t));
  }

  /**
   * A front-matter date at the precision written: {@code 2024}, {@code 2024-05}, {@code
   * 2024-05-03}, or a moment with or without its offset.
   */
  static Optional<PublishedDate> date(String value) {
    String v = value.strip();
    if (v.matches("\\d{4}")) {
      int year = Integer.parseInt(v);
      return year >= 1 ? Optional.of(PublishedDate.ofYear(year)) : Optional.empty();
    }
    if (v.matches("\\d{4}-\\d{2}")) {
      int month = Integer.parseInt(v.substring(5));
      if (month < 1 || month > 12) return Optional.empty();
      return Optional.of(PublishedDate.ofMonth(Integer.parseInt(v.substring(0, 4)), month));
    }
    return DateParser.parseMachine(v);
  }

  private static Optional<String> firstPresent(FrontMatter fm, String... keys) {
    for (String k : keys) {
      Optional<String> v = fm.string(k);
      if (v.isPresent()) return v;
    }
    return Optional.empty();
  }

  /** {@code source: cgtn.com}, {@code source: https://...} or {@code source: {name, url}}. */
  private static Optional<Source> source(FrontMatter fm) {
    Optional<Object> raw = fm.raw("source");
    if (raw.isPresent() && raw.get() instanceof Map<?, ?> map) {
      Optional<String> name = Optional.ofNullable(map.get("name")).map(String::valueOf).map(String::trim);
      Optional<String> url =
          Optional.ofNullable(map.get("url")).map(String::valueOf).map(String::trim).filter(Urls::isWebUrl);
      Optional<String> domain = url.flatMap(Urls::domain);
      if (name.isEmpty() && domain.isEmpty()) return Optional.empty();
      return Optional.of(new Source(name.orElse(domain.orElse("")), domain, url));
    }
    return fm.string("source").map(FrontMatterHeuristic::sourceFromText);
  }

  static Source sourceFromText(String s) {
    if (Urls.isWebUrl(s)) {
      Optional<String> domain = Urls.domain(s);
      return new Source(domain.orElse(s), domain, Optional.of(s));
    }
    if (Urls.looksLikeDomain(s)) return Source.ofDomain(s);
    return new Source(s, Optional.empty(), Optional.empty());
  }

}
