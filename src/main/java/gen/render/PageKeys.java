package gen.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What each page of a build was rendered from (a {@link ModelDigest} of its template and data), so
 * that the next build renders only the pages whose inputs changed. {@link #NONE} renders every
 * page. The previous build's keys are only to be trusted for the site that build left behind.
 *
 * @param templateDigests each template's digest ({@link TemplateDigests}): the code and the
 *     templates that make a page, part of its key
 */
public record PageKeys(
    Function<String, String> templateDigests, Map<String, String> previous, Map<String, String> current) {
  public static final PageKeys NONE = new PageKeys(t -> "", Map.of(), Map.of());

  /** @param previous not changed by anyone from now on (it is not copied: a rebuild reads 15,000 keys) */
  public static PageKeys of(Function<String, String> templateDigests, Map<String, String> previous) {
    return new PageKeys(templateDigests, java.util.Collections.unmodifiableMap(previous),
        new ConcurrentHashMap<>(previous.size() * 2));
  }

  /** As {@link #of(Function, Map)}, with one digest for every template. */
  public static PageKeys of(String templatesDigest, Map<String, String> previous) {
    return of(t -> templatesDigest, previous);
  }

  boolean enabled() {
    return this != NONE;
  }

  String templateDigest(String template) {
    return templateDigests.apply(template);
  }

  Optional<String> previousKey(String path) {
    return Optional.ofNullable(previous.get(path));
  }

  void record(String path, String key) {
    if (enabled()) current.put(path, key);
  }

  /** This build's keys, unordered, read-only. */
  public Map<String, String> currentKeys() {
    return java.util.Collections.unmodifiableMap(current);
  }
}
