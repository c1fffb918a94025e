package gen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about one article. Values never null; unknown values are empty. {@link
 * #provenance()} names, per field, the heuristic or input that gave it.
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
    Map<String, String> provenance) {

  public Metadata {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    quotes = List.copyOf(quotes);
    provenance = java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
  }

  /**
   * A {@link gen.text.Fingerprint} of every component: equal metadata, equal prints (16 bytes,
   * made anew at each call).
   */
  public byte[] fingerprint() {
    return MetadataPrint.of(this);
  }
}
