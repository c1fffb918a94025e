package gen.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML front matter between {@code ---} fences at the top of a text or Markdown file. Its values
 * override every heuristic. Keys are matched case-insensitively.
 */
public final class FrontMatter {
  public static final FrontMatter NONE = new FrontMatter(Map.of());

  private final Map<String, Object> values;

  private FrontMatter(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Front matter and the text that follows it. */
  public record Split(FrontMatter frontMatter, String body) {}

  /**
   * Separates front matter from the body. Text without an opening {@code ---} line has none. An
   * opening fence without a closing one, YAML that does not parse to a mapping, or front matter
   * longer than {@link Limits#MAX_FRONT_MATTER_CHARS} is an error.
   */
  public static Split split(String text) throws UnreadableFileException {
    if (!text.startsWith("---\n")) {
      return new Split(NONE, text);
    }
    // The closing fence is the next line that is exactly "---" (or YAML's "...").
    int lineStart = 4;
    while (lineStart <= text.length()) {
      if (lineStart - 4 > Limits.MAX_FRONT_MATTER_CHARS) throw tooLarge();
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length();
      if (isFence(text, lineStart, lineEnd)) {
        String yaml = text.substring(4, lineStart);
        String body = lineEnd >= text.length() ? "" : text.substring(lineEnd + 1);
        return new Split(parse(yaml), body);
      }
      lineStart = lineEnd + 1;
    }
    throw new UnreadableFileException("invalid front matter: no closing '---' line");
  }

  /** Whether the line is {@code ---} or {@code ...} and trailing spaces; not copied, it may be megabytes long. */
  private static boolean isFence(String text, int start, int end) {
    if (!text.startsWith("---", start) && !text.startsWith("...", start)) return false;
    for (int i = start + 3; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) return false;
    }
    return true;
  }

  private static UnreadableFileException tooLarge() {
    return new UnreadableFileException(
        "skipped: front matter larger than " + Limits.MAX_FRONT_MATTER_CHARS / 1024 + " KB");
  }

  static FrontMatter parse(String yaml) throws UnreadableFileException {
    if (yaml.isBlank()) return NONE;
    Object loaded;
    try {
      LoadSettings settings =
          LoadSettings.builder().setMaxAliasesForCollections(10).setCodePointLimit(1 << 20).build();
      loaded = new Load(settings).loadFromString(yaml);
    } catch (YamlEngineException e) {
      String reason = e.getMessage() == null ? "" : e.getMessage().split("\n")[0].trim();
      throw new UnreadableFileException("invalid front matter: " + reason);
    }
    if (loaded == null) return NONE;
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new UnreadableFileException("invalid front matter: expected 'key: value' lines");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k != null && v != null) values.put(String.valueOf(k).toLowerCase(java.util.Locale.ROOT), v);
    });
    return new FrontMatter(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** A scalar value as trimmed text; empty for a missing, blank or non-scalar value. */
  public Optional<String> string(String key) {
    Object v = values.get(key);
    if (v == null || v instanceof Map || v instanceof List) return Optional.empty();
    String s = scalarText(v).trim();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** A list value, or a single comma-separated string, as trimmed non-blank strings. */
  public List<String> strings(String key) {
    Object v = values.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o != null && !(o instanceof Map) && !(o instanceof List)) {
          String s = scalarText(o).trim();
          if (!s.isEmpty()) out.add(s);
        }
      }
    } else if (v != null && !(v instanceof Map)) {
      for (String part : scalarText(v).split(",")) {
        if (!part.isBlank()) out.add(part.trim());
      }
    }
    return out;
  }

  public Optional<Boolean> bool(String key) {
    Object v = values.get(key);
    if (v instanceof Boolean b) return Optional.of(b);
    if (v instanceof String s) {
      String t = s.trim().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("true") || t.equals("yes")) return Optional.of(true);
      if (t.equals("false") || t.equals("no")) return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The raw value: a map for nested values such as {@code source: {name: .., url: ..}}. */
  public Optional<Object> raw(String key) {
    return Optional.ofNullable(values.get(key));
  }

  private static String scalarText(Object v) {
    if (v instanceof Date d) return d.toInstant().toString();
    if (v instanceof LocalDate || v instanceof LocalDateTime || v instanceof OffsetDateTime || v instanceof ZonedDateTime) {
      return v.toString();
    }
    return String.valueOf(v);
  }
}
