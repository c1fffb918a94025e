package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Builds the hostile archive end to end: every good file a page, every bad one named once, nothing runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBuildTest {
  private Path tmp;
  private Path out;
  private final Diagnostics diagnostics = new Diagnostics();
  private BuildResult result;

  @BeforeAll
  void build(@TempDir Path dir) throws Exception {
    tmp = dir;
    Path in = HostileArchive.create(tmp.resolve("in"));
    out = tmp.resolve("site");
    result = HostileArchive.build(in, out, diagnostics);
  }

  @Test
  void every_good_file_becomes_a_page() throws Exception {
    assertEquals(HostileArchive.GOOD_ARTICLES, result.articles(), String.join("\n", HostileArchive.lines(diagnostics)));
    try (Stream<Path> s = Files.list(out.resolve("articles"))) {
      assertEquals(HostileArchive.GOOD_ARTICLES, s.count());
    }
  }

  @Test
  void every_bad_file_is_named_in_exactly_one_line() {
    List<String> lines = HostileArchive.lines(diagnostics);
    for (String bad : HostileArchive.BAD) {
      assertEquals(1, lines.stream().filter(l -> l.startsWith(bad + ": ") && !l.contains("warning")).count(), bad + " in " + lines);
    }
    for (String warned : HostileArchive.WARNED) {
      assertEquals(1, lines.stream().filter(l -> l.startsWith(warned + ": warning: ")).count(), warned + " in " + lines);
    }
    assertEquals(HostileArchive.BAD.size() + HostileArchive.WARNED.size(), lines.size(), String.join("\n", lines));
    for (String l : lines) {
      assertFalse(l.contains("Exception") || l.contains("\n") || l.contains("\tat "), "one plain line: " + l);
    }
  }

  @Test
  void two_articles_with_one_headline_both_get_pages() {
    assertTrue(Files.exists(out.resolve("articles/the-same-headline-twice.html")));
    assertTrue(Files.exists(out.resolve("articles/the-same-headline-twice-2.html")));
  }

  @Test
  void non_latin_headlines_get_slugs_language_and_direction() throws Exception {
    Document zhPage = page(h -> h.contains("习近平"));
    assertEquals("zh", zhPage.selectFirst("html").attr("lang"));
    Element zh = zhPage.selectFirst("h1");
    assertEquals("zh", inherited(zh, "lang"));
    assertEquals("ltr", inherited(zh, "dir"));
    Document arPage = page(h -> h.contains("الرئيس"));
    assertEquals("rtl", arPage.selectFirst("html").attr("dir"));
    Element ar = arPage.selectFirst("h1");
    assertEquals("ar", inherited(ar, "lang"));
    assertEquals("rtl", inherited(ar, "dir"));
  }

  /** The attribute as the browser applies it: from the element or its nearest ancestor that has it. */
  private static String inherited(Element e, String attribute) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.hasAttr(attribute)) return x.attr(attribute);
    }
    return "";
  }

  @Test
  void a_title_of_thousands_of_characters_is_cut() throws Exception {
    Document doc = page(h -> h.startsWith("An extremely long headline"));
    String h1 = doc.selectFirst("h1").text();
    assertTrue(h1.length() <= 260 && h1.endsWith("…"), h1.length() + ": " + h1);
  }

  @Test
  void text_in_any_encoding_reads_right() throws Exception {
    page(h -> h.equals("Café society in Zürich"));
    page(h -> h.equals("Saved as UTF-16 with a BOM"));
    page(h -> h.equals("Saved as UTF-16 big endian"));
    Document mixed = page(h -> h.equals("Mixed encodings in one café"));
    assertTrue(mixed.text().contains("naïve café"), mixed.text());
  }

  @Test
  void nothing_is_written_outside_the_output_folder() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(".gen", "in", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (Stream<Path> s = Files.list(tmp.resolve(".gen"))) {
      assertEquals(List.of(gen.state.StateFolder.of(out)), s.toList(), "only the output folder's state beside it");
    }
    assertFalse(Files.exists(out.resolve(".gen-staging")));
  }

  @Test
  void no_page_carries_script_handlers_or_script_urls() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path p : pages()) {
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      String name = out.relativize(p).toString();
      Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
      if (csp == null || !scriptSources(csp.attr("content")).contains("'self'") || scriptSources(csp.attr("content")).contains("unsafe")) {
        problems.add(name + ": no Content-Security-Policy that keeps scripts to the site's own files");
      }
      for (Element e : doc.getAllElements()) {
        String tag = e.normalName();
        if (tag.equals("script") && !e.attr("type").equals("application/ld+json") && !e.attr("src").contains("assets/")) {
          problems.add(name + ": " + e.outerHtml());
        }
        // The theme's own search form (role=search, to search.html) is the only form a page may have.
        boolean themeSearchForm = tag.equals("form") && e.attr("role").equals("search") && e.attr("action").endsWith("search.html");
        if (!themeSearchForm && Stream.of("iframe", "object", "embed", "base", "form", "frame", "svg", "math").anyMatch(tag::equals)) {
          problems.add(name + ": <" + tag + ">");
        }
        if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) problems.add(name + ": meta refresh");
        for (Attribute a : e.attributes()) {
          String key = a.getKey().toLowerCase(Locale.ROOT);
          String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
          if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")) problems.add(name + ": " + key + " on <" + tag + ">");
          boolean url = Stream.of("href", "src", "action", "formaction", "poster", "data", "xlink:href").anyMatch(key::equals);
          if (url && (value.startsWith("javascript:") || value.startsWith("vbscript:")
              || (value.startsWith("data:") && !(tag.equals("img") && value.startsWith("data:image/"))))) {
            problems.add(name + ": " + key + "=" + a.getValue());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The sources a CSP allows scripts from: its script-src, or default-src when it names none. */
  private static String scriptSources(String csp) {
    String fallback = "";
    for (String directive : csp.split(";")) {
      String d = directive.trim();
      if (d.startsWith("script-src ")) return d.substring("script-src ".length());
      if (d.startsWith("default-src ")) fallback = d.substring("default-src ".length());
    }
    return fallback;
  }

  private List<Path> pages() throws Exception {
    try (Stream<Path> s = Files.walk(out)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private Document page(java.util.function.Predicate<String> headline) throws Exception {
    for (Path p : pages()) {
      if (!p.getParent().getFileName().toString().equals("articles")) continue;
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      Element h1 = doc.selectFirst("h1");
      if (h1 != null && headline.test(h1.text())) {
        assertFalse(p.getFileName().toString().startsWith(".") || p.getFileName().toString().equals(".html"));
        return doc;
      }
    }
    throw new AssertionError("no article page with that headline");
  }
}
