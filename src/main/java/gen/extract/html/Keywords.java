package gen.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tags from keyword lists: split on commas, trimmed, without duplicates or machine codes. */
final class Keywords {
  private static final int MAX_TAGS = 12;

  static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    for (String k : list.split("[,;，、]")) out.add(k.strip());
    return out;
  }

  static List<String> clean(List<String> keywords) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String k : keywords) {
      String t = k.replaceAll("[\\s\\u00A0]+", " ").strip();
      // "type:article", "uuid-1234", "SECTION_NEWS": CMS codes, not tags.
      if (t.isEmpty() || t.length() > 50 || t.contains(":") || t.contains("=") || t.matches(".*\\d{4,}.*")
          || t.matches("[A-Z0-9_]+_[A-Z0-9_]+")) continue;
      unique.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
      if (unique.size() == MAX_TAGS) break;
    }
    return new ArrayList<>(unique.values());
  }

  private Keywords() {}
}
