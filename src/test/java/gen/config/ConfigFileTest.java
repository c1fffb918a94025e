package gen.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  @TempDir Path tmp;

  private SiteConfig read(String yaml) throws Exception {
    Path file = tmp.resolve("gen.yaml");
    Files.writeString(file, yaml);
    return ConfigFile.read(file);
  }

  /** The one line a bad file gives, with the file's name as written shortened to "gen.yaml". */
  private String error(String yaml) throws Exception {
    Path file = tmp.resolve("gen.yaml");
    Files.writeString(file, yaml);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":"), "names the file: " + e.getMessage());
    return "gen.yaml" + e.getMessage().substring(file.toString().length());
  }

  @Test
  void text_keys_take_any_single_value() throws Exception {
    SiteConfig c = read("""
        title: Harbour Town news
        description: >
          Local news of Harbour Town,
          1990-2010.
        author: "The Harbour Town Historical Society"
        copyright: 1999
        """);
    assertEquals(Optional.of("Harbour Town news"), c.text(ConfigKey.TITLE));
    assertEquals(Optional.of("Local news of Harbour Town, 1990-2010."), c.text(ConfigKey.DESCRIPTION));
    assertEquals(Optional.of("The Harbour Town Historical Society"), c.text(ConfigKey.AUTHOR));
    assertEquals(Optional.of("1999"), c.text(ConfigKey.COPYRIGHT), "a number is its digits");
    assertEquals(Optional.empty(), c.text(ConfigKey.LANGUAGE), "not set");
  }

  @Test
  void a_key_with_nothing_after_it_is_not_set() throws Exception {
    SiteConfig c = read("title:\nbase_url: ~\ndrafts: null\n");
    assertFalse(c.has(ConfigKey.TITLE));
    assertFalse(c.has(ConfigKey.BASE_URL));
    assertFalse(c.has(ConfigKey.DRAFTS));
  }

  @Test
  void an_empty_file_or_one_of_comments_sets_nothing() throws Exception {
    assertFalse(read("").has(ConfigKey.TITLE));
    assertFalse(read("# just a comment\n").has(ConfigKey.TITLE));
  }

  @Test
  void urls_and_languages_are_checked() throws Exception {
    SiteConfig c = read("base_url: https://me.github.io/news/\nlanguage: pt-BR\n");
    assertEquals(Optional.of("https://me.github.io/news/"), c.text(ConfigKey.BASE_URL));
    assertEquals(Optional.of("pt-BR"), c.text(ConfigKey.LANGUAGE));
    assertEquals("gen.yaml:1: 'base_url' must be an absolute http(s) URL, e.g. https://me.github.io/news/, got: me.github.io",
        error("base_url: me.github.io\n"));
    assertEquals("gen.yaml:2: 'language' must be a language tag such as en, fr or pt-BR, got: English",
        error("title: x\nlanguage: English\n"));
  }

  @Test
  void folders_are_relative_to_the_file() throws Exception {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Path file = archive.resolve("gen.yaml");
    Files.writeString(file, "input: articles\noutput: ../public\ntemplates: /srv/theme\n");
    SiteConfig c = ConfigFile.read(file);
    assertEquals(Optional.of(archive.resolve("articles").toAbsolutePath()), c.path(ConfigKey.INPUT));
    assertEquals(Optional.of(tmp.resolve("public").toAbsolutePath()), c.path(ConfigKey.OUTPUT));
    assertEquals(Optional.of(Path.of("/srv/theme")), c.path(ConfigKey.TEMPLATES));
    assertEquals("gen.yaml:1: 'input' must be a folder, got: 12", error("input: 12\n"));
  }

  @Test
  void flags_are_true_or_false() throws Exception {
    assertEquals(Optional.of(true), read("drafts: true\n").flag(ConfigKey.DRAFTS));
    assertEquals(Optional.of(false), read("drafts: False\n").flag(ConfigKey.DRAFTS));
    assertEquals("gen.yaml:1: 'drafts' must be true or false, got: yes", error("drafts: yes\n"));
    assertEquals("gen.yaml:1: 'drafts' must be true or false, got: 1", error("drafts: 1\n"));
  }

  @Test
  void counts_are_whole_numbers_in_range() throws Exception {
    SiteConfig c = read("page_size: 10\nlist_page_size: 40\nfeed_entries: 1000\njobs: 0\nport: 8080\n");
    assertEquals(OptionalInt.of(10), c.count(ConfigKey.PAGE_SIZE));
    assertEquals(OptionalInt.of(40), c.count(ConfigKey.LIST_PAGE_SIZE));
    assertEquals(OptionalInt.of(1000), c.count(ConfigKey.FEED_ENTRIES));
    assertEquals(OptionalInt.of(0), c.count(ConfigKey.JOBS));
    assertEquals(OptionalInt.of(8080), c.count(ConfigKey.PORT));
    assertEquals("gen.yaml:1: 'page_size' must be a whole number from 1 to 1000, got: 2.5", error("page_size: 2.5\n"));
    assertEquals("gen.yaml:1: 'page_size' must be a whole number from 1 to 1000, got: 0", error("page_size: 0\n"));
    assertEquals("gen.yaml:1: 'page_size' must be a whole number from 1 to 1000, got: twenty", error("page_size: twenty\n"));
    assertEquals("gen.yaml:1: 'port' must be a whole number from 0 to 65535, got: 99999999999999999999",
        error("port: 99999999999999999999\n"));
    assertEquals("gen.yaml:1: 'feed_entries' must be a whole number from 1 to 10000, got: 20", error("feed_entries: \"20\"\n"));
  }

  @Test
  void an_unknown_key_is_named_with_the_key_meant() throws Exception {
    assertEquals("gen.yaml:3: unknown key 'titel' (did you mean 'title'?)", error("# settings\nlanguage: en\ntitel: News\n"));
    assertEquals("gen.yaml:1: unknown key 'page-size' (did you mean 'page_size'?)", error("page-size: 5\n"));
    assertEquals("gen.yaml:1: unknown key 'tags'", error("tags: [a]\n"));
  }

  @Test
  void other_generators_names_point_to_gens() throws Exception {
    assertEquals("gen.yaml:1: unknown key 'baseURL' (gen calls it 'base_url')", error("baseURL: https://x.org/\n"));
    assertEquals("gen.yaml:1: unknown key 'url' (gen calls it 'base_url')", error("url: https://x.org\n"));
    assertEquals("gen.yaml:1: unknown key 'theme' (gen calls it 'templates')", error("theme: minima\n"));
    assertEquals("gen.yaml:1: unknown key 'paginate' (gen calls it 'page_size')", error("paginate: 5\n"));
    assertEquals("gen.yaml:1: unknown key 'languageCode' (gen calls it 'language')", error("languageCode: en-us\n"));
    assertTrue(error("timezone: Europe/Paris\n").startsWith("gen.yaml:1: unknown key 'timezone' (gen shows dates as the articles give them"));
  }

  @Test
  void a_key_set_twice_is_an_error() throws Exception {
    assertEquals("gen.yaml:3: 'title' is set twice (first on line 1)", error("title: a\nlanguage: en\ntitle: b\n"));
  }

  @Test
  void lists_and_mappings_are_not_values() throws Exception {
    assertEquals("gen.yaml:1: 'title' must be text, got a list", error("title: [a, b]\n"));
    assertEquals("gen.yaml:2: 'author' must be text, got a mapping", error("author:\n  name: Jo\n"));
  }

  @Test
  void the_file_is_one_mapping() throws Exception {
    assertEquals("gen.yaml:1: expected 'key: value' lines, e.g. title: My archive", error("- title\n- drafts\n"));
    assertEquals("gen.yaml:1: expected 'key: value' lines, e.g. title: My archive", error("just some words\n"));
    assertEquals("gen.yaml:1: a key must be a plain name, e.g. title", error("[a]: b\n"));
  }

  @Test
  void invalid_yaml_is_reported_at_its_line() throws Exception {
    String e = error("title: x\nlanguage: [en\n");
    assertTrue(e.startsWith("gen.yaml:3: not valid YAML: "), e);
    assertTrue(error("title: x\n  bad: indent\n").startsWith("gen.yaml:2: not valid YAML: "));
  }

  @Test
  void tags_are_refused() throws Exception {
    assertEquals("gen.yaml:1: 'title': YAML tags (!shell) are not allowed here", error("title: !shell rm -rf /\n"));
    assertTrue(error("title: !!java.lang.Runtime x\n").contains("YAML tags"));
  }

  @Test
  void aliases_are_limited() throws Exception {
    StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      laughs.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    String e = error(laughs.toString());
    assertTrue(e.startsWith("gen.yaml:"), e);
  }

  @Test
  void a_large_file_is_not_read() throws Exception {
    String e = error("# " + "x".repeat(ConfigFile.MAX_BYTES) + "\n");
    assertEquals("gen.yaml: too large for a configuration file (over 256 KB)", e);
  }

  @Test
  void the_file_is_utf8_with_or_without_a_bom() throws Exception {
    Path file = tmp.resolve("gen.yaml");
    Files.write(file, "\uFEFFtitle: Café\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of("Café"), ConfigFile.read(file).text(ConfigKey.TITLE));
    Files.write(file, "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));
    assertEquals(file + ": not UTF-8 text; save the configuration file as UTF-8", e.getMessage());
  }

  @Test
  void a_named_file_must_exist_the_default_one_need_not() throws Exception {
    Path missing = tmp.resolve("other.yaml");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.find(Optional.of(missing)));
    assertEquals(missing + ": configuration file not found", e.getMessage());
    // The tests run in the project's folder, which has no gen.yaml.
    assertEquals(SiteConfig.NONE, ConfigFile.find(Optional.empty()));
  }
}
