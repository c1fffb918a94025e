package gen.config;

import java.util.Optional;

/**
 * The keys of {@code gen.yaml}, each with the type of value it takes. The names are those of the
 * command-line options they stand for, in YAML's snake case ({@code --base-url}: {@code base_url}).
 */
public enum ConfigKey {
  TITLE("title", ValueType.TEXT),
  DESCRIPTION("description", ValueType.TEXT),
  BASE_URL("base_url", ValueType.URL),
  LANGUAGE("language", ValueType.LANGUAGE),
  AUTHOR("author", ValueType.TEXT),
  COPYRIGHT("copyright", ValueType.TEXT),
  INPUT("input", ValueType.PATH),
  OUTPUT("output", ValueType.PATH),
  TEMPLATES("templates", ValueType.PATH),
  DRAFTS("drafts", ValueType.FLAG),
  PAGE_SIZE("page_size", ValueType.count(1, 1000)),
  LIST_PAGE_SIZE("list_page_size", ValueType.count(1, 5000)),
  FEED_ENTRIES("feed_entries", ValueType.count(1, 10_000)),
  JOBS("jobs", ValueType.count(0, 1024)),
  PORT("port", ValueType.count(0, 65535));

  private final String yamlName;
  private final ValueType type;

  ConfigKey(String yamlName, ValueType type) {
    this.yamlName = yamlName;
    this.type = type;
  }

  /** The key as written in the file. */
  public String yamlName() {
    return yamlName;
  }

  ValueType type() {
    return type;
  }

  static Optional<ConfigKey> named(String name) {
    for (ConfigKey k : values()) {
      if (k.yamlName.equals(name)) return Optional.of(k);
    }
    return Optional.empty();
  }
}
