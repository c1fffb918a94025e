package gen.extract;

import gen.model.Article;
import gen.model.Entities;
import gen.model.Metadata;
import gen.model.PublishedDate;
import gen.model.Quote;
import gen.model.Source;
import gen.model.TextDirection;
import gen.read.ReadArticle;
import gen.text.Slugs;
import gen.text.Words;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Turns a read document into an {@link Article}: runs the heuristics in order, keeps the best
 * candidate per field with its provenance, then derives what follows from the body text
 * (summary, quotes, entities, word count). Stateless and thread-safe.
 */
public final class Extractor {
  private static final int SUMMARY_MAX_CHARS = 300;
  /** Parsed once: jsoup parses a query given as a string at every call. */
  private static final org.jsoup.select.Evaluator ARTICLE = org.jsoup.select.QueryParser.parse("article");

  private final List<Heuristic> heuristics =
      List.of(
          new FrontMatterHeuristic(),
          new gen.extract.html.MetaTagsHeuristic(),
          new gen.extract.html.JsonLdHeuristic(),
          new gen.extract.html.PageTitleHeuristic(),
          new gen.extract.html.BylineHeuristic(),
          new gen.extract.html.SignedLineHeuristic(),
          new gen.extract.html.PageDateHeuristic(),
          new gen.extract.html.MainContentHeuristic(),
          new TextHeaderHeuristic(),
          new ReferenceFooterHeuristic(),
          new DatelineHeuristic(),
          new HeadingTitleHeuristic(),
          new FileNameDateHeuristic(),
          new FirstSentenceTitleHeuristic(),
          new LanguageHeuristic(),
          new LedeDateHeuristic());

  public Article extract(ReadArticle read) {
    // Heuristics and the sanitizer walk the tree: keep it shallow whoever read the file.
    gen.read.NestingLimit.flatten(read.document());
    Element body = read.document().body().selectFirst(ARTICLE);
    ExtractionContext ctx = new ExtractionContext(read, body != null ? body : read.document().body());
    for (Heuristic h : heuristics) h.apply(ctx);
    Candidates c = ctx.candidates();

    String baseUri = c.value(Field.URL).orElse("");
    // A body of plain paragraphs (a text article's) gives both bodies in one pass.
    Optional<PlainBody> plain = PlainBody.of(ctx.body());
    String bodyHtml = plain.isPresent() ? plain.get().html() : BodySanitizer.clean(ctx.body(), baseUri);
    List<String> paragraphs = plain.isPresent() ? plain.get().paragraphs() : BodyText.paragraphs(ctx.body());
    String bodyText = String.join("\n\n", paragraphs);

    Map<String, String> provenance = new HashMap<>();
    String title = cutTitle(found(c, Field.TITLE, provenance).orElse(read.file().fileName()));
    if (!provenance.containsKey("title")) provenance.put("title", "file-name");
    Optional<PublishedDate> date = found(c, Field.DATE, provenance);
    Optional<LocalDate> saved = found(c, Field.SAVED, provenance);
    if (saved.isEmpty()) {
      saved = Optional.of(read.file().modified().atOffset(ZoneOffset.UTC).toLocalDate());
      provenance.put("saved", "file-modified");
    }
    List<String> authors = found(c, Field.AUTHORS, provenance).orElse(List.of());
    Optional<Source> source = found(c, Field.SOURCE, provenance);
    Optional<String> url = found(c, Field.URL, provenance);
    if (source.isEmpty() && url.isPresent()) {
      source = Urls.domain(url.get()).map(Source::ofDomain);
      source.ifPresent(s -> provenance.put("source", "url"));
    }
    String language = found(c, Field.LANGUAGE, provenance).orElse("und");
    TextDirection dir = LanguageDetector.isRightToLeft(language) ? TextDirection.RTL : TextDirection.LTR;
    provenance.put("dir", provenance.getOrDefault("language", "default"));
    String summary =
        found(c, Field.SUMMARY, provenance).orElseGet(() -> {
          provenance.put("summary", "lede");
          return summary(paragraphs);
        });
    Optional<String> image = found(c, Field.IMAGE, provenance);
    List<String> tags = found(c, Field.TAGS, provenance).orElse(List.of());
    boolean draft = found(c, Field.DRAFT, provenance).orElse(false);
    Optional<gen.model.Dateline> dateline = found(c, Field.DATELINE, provenance);

    char[] bodyChars = bodyText.toCharArray();
    Entities entities = FrontMatterEntities.apply(EntityFinder.find(title, bodyText, language), read.frontMatter());
    provenance.put("entities", FrontMatterEntities.corrects(read.frontMatter()) ? "text+front-matter" : "text");
    List<Quote> quotes = QuoteFinder.find(paragraphs, entities.people(), bodyChars);
    provenance.put("quotes", "text");
    int words = Words.count(bodyChars);
    provenance.put("word_count", "text");
    provenance.put("reading_minutes", "text");

    Optional<String> wantedSlug = found(c, Field.SLUG, provenance);
    String slug = wantedSlug.map(Slugs::slugify).orElseGet(() -> Slugs.slugify(title));
    if (wantedSlug.isEmpty()) provenance.put("slug", "title");

    Metadata meta =
        new Metadata(
            title, wantedSlug, date, saved, authors, source, url, language, dir, summary, image,
            tags, entities, quotes, words, Words.readingMinutes(words), draft, provenance, dateline);
    if (plain.isEmpty()) return new Article(read.file(), meta, slug, bodyHtml, bodyText);
    // A text article's body: no attribute in it, and its text most often the HTML's paragraphs
    // (then kept once, as the HTML).
    return Article.ofPlainParagraphs(read.file(), meta, slug, bodyHtml, bodyText, plain.get().textIsOfHtml());
  }

  private static <T> Optional<T> found(Candidates c, Field<T> field, Map<String, String> provenance) {
    return c.best(field).map(f -> {
      provenance.put(field.name(), f.provenance());
      return f.value();
    });
  }

  /** Longest title shown; a longer one (pasted body text, a broken page) is cut at a word. */
  static final int MAX_TITLE_CHARS = 250;
  // Compiled once, not by String.replaceAll at every title.
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");
  private static final java.util.regex.Pattern HIDDEN =
      java.util.regex.Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

  static String cutTitle(String title) {
    // Line breaks become spaces; control and bidi-override characters (which could flip the text
    // around a title on the page) are dropped.
    String t = isPlainTitle(title) ? title.strip() : HIDDEN.matcher(SPACES.matcher(title).replaceAll(" ")).replaceAll("").strip();
    if (t.length() <= MAX_TITLE_CHARS) return t;
    int end = MAX_TITLE_CHARS;
    if (Character.isLowSurrogate(t.charAt(end))) end--;
    int space = t.lastIndexOf(' ', end);
    return t.substring(0, space > MAX_TITLE_CHARS / 2 ? space : end).strip() + "…";
  }

  /**
   * Whether both regexes of {@link #cutTitle} leave the title as it is: no white space but single
   * spaces, and no control or bidi-override character (most titles).
   */
  private static boolean isPlainTitle(String title) {
    char previous = 0;
    for (int i = 0, n = title.length(); i < n; i++) {
      char c = title.charAt(i);
      if (c < 0x20 || c >= 0x7F && c <= 0xA0 || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
          || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** The lede: the first paragraph, cut at a sentence end near {@value #SUMMARY_MAX_CHARS} characters. */
  static String summary(List<String> paragraphs) {
    for (String p : paragraphs) {
      if (p.length() < 40 && paragraphs.size() > 1) continue;
      if (p.length() <= SUMMARY_MAX_CHARS) return p;
      String head = p.substring(0, SUMMARY_MAX_CHARS);
      int end = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("。"), head.lastIndexOf("! ")));
      if (end > 80) return head.substring(0, end + 1);
      int space = head.lastIndexOf(' ');
      return (space > 80 ? head.substring(0, space) : head) + "…";
    }
    return "";
  }
}
