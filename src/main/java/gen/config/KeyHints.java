package gen.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an unknown key of {@code gen.yaml} probably meant: a key spelt nearly the same, or the name
 * Jekyll's {@code _config.yml} or Hugo's {@code hugo.toml} gives to one of gen's settings.
 */
final class KeyHints {
  private KeyHints() {}

  /** Names other generators use, to the key gen uses for the same thing. */
  private static final Map<String, ConfigKey> OTHER_NAMES = Map.ofEntries(
      Map.entry("url", ConfigKey.BASE_URL),
      Map.entry("baseurl", ConfigKey.BASE_URL),
      Map.entry("site_url", ConfigKey.BASE_URL),
      Map.entry("theme", ConfigKey.TEMPLATES),
      Map.entry("theme_dir", ConfigKey.TEMPLATES),
      Map.entry("themesdir", ConfigKey.TEMPLATES),
      Map.entry("layouts", ConfigKey.TEMPLATES),
      Map.entry("layouts_dir", ConfigKey.TEMPLATES),
      Map.entry("layoutdir", ConfigKey.TEMPLATES),
      Map.entry("source", ConfigKey.INPUT),
      Map.entry("contentdir", ConfigKey.INPUT),
      Map.entry("content_dir", ConfigKey.INPUT),
      Map.entry("destination", ConfigKey.OUTPUT),
      Map.entry("publishdir", ConfigKey.OUTPUT),
      Map.entry("publish_dir", ConfigKey.OUTPUT),
      Map.entry("paginate", ConfigKey.PAGE_SIZE),
      Map.entry("per_page", ConfigKey.PAGE_SIZE),
      Map.entry("pagersize", ConfigKey.PAGE_SIZE),
      Map.entry("pagination", ConfigKey.PAGE_SIZE),
      Map.entry("lang", ConfigKey.LANGUAGE),
      Map.entry("languagecode", ConfigKey.LANGUAGE),
      Map.entry("locale", ConfigKey.LANGUAGE),
      Map.entry("show_drafts", ConfigKey.DRAFTS),
      Map.entry("builddrafts", ConfigKey.DRAFTS),
      Map.entry("build_drafts", ConfigKey.DRAFTS),
      Map.entry("tagline", ConfigKey.DESCRIPTION),
      Map.entry("subtitle", ConfigKey.DESCRIPTION),
      Map.entry("authors", ConfigKey.AUTHOR),
      Map.entry("rights", ConfigKey.COPYRIGHT),
      Map.entry("rss_limit", ConfigKey.FEED_ENTRIES),
      Map.entry("feed_limit", ConfigKey.FEED_ENTRIES),
      Map.entry("posts_limit", ConfigKey.FEED_ENTRIES),
      Map.entry("threads", ConfigKey.JOBS));

  /** Settings other generators have and gen has not, with what to do instead. */
  private static final Map<String, String> NOT_SETTINGS = Map.of(
      "timezone", "gen shows dates as the articles give them and has no time zone setting",
      "permalink", "gen names pages after the articles' slugs; set 'slug' in an article's front matter",
      "plugins", "gen has no plugins; its templates are in the 'templates' folder",
      "exclude", "gen skips hidden files and editor backups in the input folder; move other files out of it");

  /** The hint to add after "unknown key 'x'", without parentheses; empty when there is none. */
  static Optional<String> forUnknown(String key) {
    String folded = key.toLowerCase(Locale.ROOT).replace('-', '_');
    ConfigKey other = OTHER_NAMES.get(folded.replace("_", "").equals("baseurl") ? "baseurl" : folded);
    if (other != null) return Optional.of("gen calls it '" + other.yamlName() + "'");
    String not = NOT_SETTINGS.get(folded);
    if (not != null) return Optional.of(not);
    ConfigKey best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ConfigKey k : ConfigKey.values()) {
      int d = gen.text.EditDistance.between(folded, k.yamlName());
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    // Two edits in a name of five letters or more, one in a shorter one: a typo, not another word.
    int allowed = folded.length() >= 5 ? 2 : 1;
    return best != null && bestDistance <= allowed
        ? Optional.of("did you mean '" + best.yamlName() + "'?")
        : Optional.empty();
  }
}
