package gen.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The settings a configuration file gives, checked: each value has its key's type. A key the file
 * does not set (or sets to nothing) is absent, and the command line's option or gen's default
 * applies. Folders are resolved against the folder the file is in.
 */
public final class SiteConfig {
  /** No file: every setting absent. */
  public static final SiteConfig NONE = new SiteConfig(Optional.empty(), new EnumMap<>(ConfigKey.class));

  private final Optional<Path> file;
  private final Map<ConfigKey, Object> values;

  SiteConfig(Optional<Path> file, Map<ConfigKey, Object> values) {
    this.file = file;
    this.values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
  }

  /** The file these settings were read from; empty for {@link #NONE}. */
  public Optional<Path> file() {
    return file;
  }

  public boolean has(ConfigKey key) {
    return values.containsKey(key);
  }

  /** A text, URL or language value. */
  public Optional<String> text(ConfigKey key) {
    return get(key, String.class);
  }

  /** A folder, relative to the working folder as the command line's are. */
  public Optional<Path> path(ConfigKey key) {
    return get(key, Path.class);
  }

  public Optional<Boolean> flag(ConfigKey key) {
    return get(key, Boolean.class);
  }

  public OptionalInt count(ConfigKey key) {
    Optional<Integer> n = get(key, Integer.class);
    return n.isPresent() ? OptionalInt.of(n.get()) : OptionalInt.empty();
  }

  private <T> Optional<T> get(ConfigKey key, Class<T> kind) {
    Object v = values.get(key);
    if (v == null) return Optional.empty();
    if (!kind.isInstance(v)) {
      throw new IllegalArgumentException(key.yamlName() + " holds " + v.getClass().getSimpleName() + ", not " + kind.getSimpleName());
    }
    return Optional.of(kind.cast(v));
  }
}
