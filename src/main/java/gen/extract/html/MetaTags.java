package gen.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by key ({@code name}, {@code property} or {@code itemprop},
 * lower-cased; {@code DC.creator} and {@code dc:creator} are one key), every value kept in order,
 * with the character references a twice-escaped content still holds decoded.
 */
final class MetaTags {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element m : doc.select("meta[content]")) {
      String content = LiteralEntities.decode(m.attr("content")).replaceAll("[\\s\\u00A0]+", " ").strip();
      if (content.isEmpty()) continue;
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        for (String key : m.attr(attr).split("\\s+")) {
          if (key.isEmpty()) continue;
          tags.values.computeIfAbsent(normalize(key), k -> new ArrayList<>()).add(content);
        }
      }
    }
    return tags;
  }

  private static String normalize(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.startsWith("dc.") || k.startsWith("dcterms.")) k = k.replaceFirst("\\.", ":");
    return k;
  }

  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null && !v.isEmpty()) return Optional.of(v.get(0));
    }
    return Optional.empty();
  }

  /** The key of the first of {@code keys} present, for provenance. */
  Optional<String> firstKey(String... keys) {
    for (String key : keys) if (values.containsKey(key)) return Optional.of(key);
    return Optional.empty();
  }

  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
