package gen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about one article. Values never null; unknown values are empty. {@link
 * #provenance()} names, per field, the heuristic or input that gave it. {@link #dateline()} is the
 * place and agency named by a wire story's opening dateline, for whatever wants the place the story
 * was filed from (the entities, a map) or the agency.
 */
public record Metadata(
    String title,
    Optional<String> slug,
    Optional<PublishedDate> published,
    Optional<LocalDate> saved,
    List<String> authors,
    Optional<Source> source,
    Optional<String> url,
    String language,
    TextDirection direction,
    String summary,
    Optional<String> image,
    List<String> tags,
    Entities entities,
    List<Quote> quotes,
    int wordCount,
    int readingMinutes,
    boolean draft,
    Map<String, String> provenance,
    Optional<Dateline> dateline) {

  public Metadata {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    quotes = List.copyOf(quotes);
    provenance = java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
  }

  /** Metadata of an article without a wire dateline. */
  public Metadata(
      String title, Optional<String> slug, Optional<PublishedDate> published, Optional<LocalDate> saved,
      List<String> authors, Optional<Source> source, Optional<String> url, String language,
      TextDirection direction, String summary, Optional<String> image, List<String> tags, Entities entities,
      List<Quote> quotes, int wordCount, int readingMinutes, boolean draft, Map<String, String> provenance) {
    this(title, slug, published, saved, authors, source, url, language, direction, summary, image, tags, entities,
        quotes, wordCount, readingMinutes, draft, provenance, Optional.empty());
  }

  /**
   * A {@link gen.text.Fingerprint} of every component: equal metadata, equal prints (16 bytes,
   * made anew at each call).
   */
  public byte[] fingerprint() {
    return MetadataPrint.of(this);
  }
}
