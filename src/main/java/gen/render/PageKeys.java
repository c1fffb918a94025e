package gen.render;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each page of a build was rendered from (a {@link ModelDigest} of its template and data), so
 * that the next build renders only the pages whose inputs changed. {@link #NONE} renders every
 * page. The previous build's keys are only to be trusted for the site that build left behind.
 *
 * @param templatesDigest identifies the templates and the code that renders them; part of every key
 */
public record PageKeys(String templatesDigest, Map<String, String> previous, Map<String, String> current) {
  public static final PageKeys NONE = new PageKeys("", Map.of(), Map.of());

  public static PageKeys of(String templatesDigest, Map<String, String> previous) {
    return new PageKeys(templatesDigest, Map.copyOf(previous), new ConcurrentHashMap<>());
  }

  boolean enabled() {
    return this != NONE;
  }

  Optional<String> previousKey(String path) {
    return Optional.ofNullable(previous.get(path));
  }

  void record(String path, String key) {
    if (enabled()) current.put(path, key);
  }

  /** This build's keys, in path order. */
  public Map<String, String> currentSorted() {
    return new TreeMap<>(current);
  }
}
