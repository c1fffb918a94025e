package gen.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Article}s for tests with only the fields a test cares about. */
public final class TestArticles {
  private String title = "Title";
  private String slug;
  private Optional<PublishedDate> published = Optional.empty();
  private Optional<LocalDate> saved = Optional.of(LocalDate.of(2024, 6, 1));
  private List<String> authors = List.of();
  private Optional<Source> source = Optional.empty();
  private Optional<String> url = Optional.empty();
  private String language = "en";
  private TextDirection direction = TextDirection.LTR;
  private List<String> tags = List.of();
  private List<String> people = List.of();
  private List<String> organizations = List.of();
  private List<String> places = List.of();
  private List<Quote> quotes = new ArrayList<>();
  private String body = "<p>Body.</p>";
  private String summary;

  public static TestArticles article(String slug) {
    TestArticles b = new TestArticles();
    b.slug = slug;
    b.title = "Title of " + slug;
    return b;
  }

  public TestArticles title(String t) { title = t; return this; }
  public TestArticles day(int y, int m, int d) { published = Optional.of(PublishedDate.ofDay(LocalDate.of(y, m, d))); return this; }
  public TestArticles month(int y, int m) { published = Optional.of(PublishedDate.ofMonth(y, m)); return this; }
  public TestArticles year(int y) { published = Optional.of(PublishedDate.ofYear(y)); return this; }
  public TestArticles authors(String... a) { authors = List.of(a); return this; }
  public TestArticles source(String name, String domain) {
    source = Optional.of(new Source(name, Optional.ofNullable(domain), Optional.ofNullable(domain).map(d -> "https://" + d + "/")));
    return this;
  }
  public TestArticles url(String u) { url = Optional.of(u); return this; }
  public TestArticles language(String lang, TextDirection dir) { language = lang; direction = dir; return this; }
  public TestArticles tags(String... t) { tags = List.of(t); return this; }
  public TestArticles people(String... p) { people = List.of(p); return this; }
  public TestArticles organizations(String... o) { organizations = List.of(o); return this; }
  public TestArticles places(String... p) { places = List.of(p); return this; }
  public TestArticles quote(String text, String speaker) { quotes.add(new Quote(text, Optional.ofNullable(speaker))); return this; }
  public TestArticles body(String html) { body = html; return this; }
  public TestArticles summary(String s) { summary = s; return this; }

  public Article build() {
    Metadata m = new Metadata(
        title, Optional.of(slug), published, saved, authors, source, url, language, direction,
        summary != null ? summary : "Summary of " + slug + ".", Optional.empty(), tags,
        new Entities(people, organizations, places), quotes, 120, 1, false, Map.of());
    SourceFile file = new SourceFile(Path.of(slug + ".md"), slug + ".md", 100, Instant.parse("2024-06-01T00:00:00Z"));
    return new Article(file, m, slug, body, body.replaceAll("<[^>]+>", ""));
  }
}
