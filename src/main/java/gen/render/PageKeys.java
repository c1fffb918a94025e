package gen.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What each page of a build was rendered from (a {@link ModelDigest} of its template and data), so
 * that the next build renders only the pages whose inputs changed. {@link #NONE} renders every
 * page. The previous build's keys are only to be trusted for the site that build left behind.
 *
 * <p>Beside the keys, what the pages were arranged from ({@link Inputs}): when the arrangement is
 * the same, a rebuild keeps the pages that show no changed article without making their data at
 * all (see {@link PageReuse}).
 */
public final class PageKeys {
  public static final PageKeys NONE = new PageKeys(t -> "", Map.of(), Optional.empty());

  /**
   * What a build's pages were arranged from.
   *
   * @param structure {@link PageReuse#structureOf}: templates, options, the articles' order,
   *     slugs, terms, time line and related articles; everything but the articles' own content
   * @param articles each article's {@link PageReuse#contentOf content print}, by its file
   */
  public record Inputs(String structure, Map<String, Print> articles) {}

  /** A 128-bit print, compared by value and kept without making a string of it. */
  public record Print(long high, long low) {
    /** The print of 16 bytes, big-endian. */
    public static Print of(byte[] bytes) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
      return new Print(b.getLong(), b.getLong());
    }
  }

  private final Function<String, String> templateDigests;
  private final Map<String, String> previous;
  private final Map<String, String> current;
  private final Optional<Inputs> previousInputs;
  private volatile Inputs currentInputs;
  private final AtomicInteger keptUnmade = new AtomicInteger();

  private PageKeys(Function<String, String> templateDigests, Map<String, String> previous, Optional<Inputs> previousInputs) {
    this.templateDigests = templateDigests;
    this.previous = java.util.Collections.unmodifiableMap(previous);
    this.current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
    this.previousInputs = previousInputs;
  }

  /**
   * @param templateDigests each template's digest ({@link TemplateDigests}): the code and the
   *     templates that make a page, part of its key
   * @param previous not changed by anyone from now on (it is not copied: a rebuild reads 15,000 keys)
   * @param previousInputs what the previous build's pages were arranged from, if known
   */
  public static PageKeys of(
      Function<String, String> templateDigests, Map<String, String> previous, Optional<Inputs> previousInputs) {
    return new PageKeys(templateDigests, previous, previousInputs);
  }

  /** As {@link #of(Function, Map, Optional)}, without the previous arrangement. */
  public static PageKeys of(Function<String, String> templateDigests, Map<String, String> previous) {
    return of(templateDigests, previous, Optional.empty());
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

  /** What the previous build's pages were arranged from, when its keys are here to go with it. */
  Optional<Inputs> previousInputs() {
    return previous.isEmpty() ? Optional.empty() : previousInputs;
  }

  void record(String path, String key) {
    if (enabled()) current.put(path, key);
  }

  /** A page kept with its previous key, its data never made. */
  void recordKeptUnmade(String path, String key) {
    record(path, key);
    keptUnmade.incrementAndGet();
  }

  void recordInputs(Inputs inputs) {
    if (enabled()) currentInputs = inputs;
  }

  /** This build's keys, unordered, read-only. */
  public Map<String, String> currentKeys() {
    return java.util.Collections.unmodifiableMap(current);
  }

  /** What this build's pages were arranged from, once rendered. */
  public Optional<Inputs> currentInputs() {
    return Optional.ofNullable(currentInputs);
  }

  /** How many pages this build kept without making their data. */
  public int keptUnmade() {
    return keptUnmade.get();
  }
}
