package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build must make exactly the site a clean build makes. Random sequences of edits
 * (add, change, rename, delete, template change) are applied to an archive; after each, the
 * incrementally rebuilt folder is compared file by file with a clean build of the same input.
 */
class IncrementalBuildTest {
  private static final String[] WORDS =
      "the council trade minister talks city report water energy agreed new said week regional plan".split(" ");
  /** Rarer speakers: each in none, one or a few articles, so edits take names to and from a page of their own. */
  private static final String[] SPEAKERS = {"Rosa Quintana", "Ivo Brandt", "Mei Tanaka", "Omar Haddad", "Lena Berg"};

  @TempDir Path tmp;

  private BuildResult build(Path input, Path templates, Path out) throws Exception {
    Diagnostics d = new Diagnostics();
    BuildResult r = new SiteBuilder().build(
        new BuildOptions(input, out, templates, Optional.of("https://example.org/news/"), "Archive", false, false, 2), d);
    assertEquals(List.of(), d.all());
    return r;
  }

  @Test
  void random_edit_sequences_give_the_same_site_as_a_clean_build() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      Path root = tmp.resolve("seed" + seed);
      Path input = root.resolve("in");
      Path templates = root.resolve("templates");
      Path out = root.resolve("site");
      Random r = new Random(seed);
      List<Path> files = new ArrayList<>();
      Files.createDirectories(input.resolve("sub"));
      for (int i = 0; i < 25; i++) files.add(add(input, r, i));
      build(input, templates, out);
      for (int step = 0; step < 12; step++) {
        String what = edit(r, input, templates, files, 100 + step);
        build(input, templates, out);
        Path clean = root.resolve("clean" + step);
        build(input, templates, clean);
        assertEquals(contents(clean), contents(out), "seed " + seed + ", step " + step + ": " + what);
      }
    }
  }

  @Test
  void a_name_that_gains_and_loses_a_second_article_gains_and_loses_its_page() throws Exception {
    Path input = tmp.resolve("in");
    Path templates = tmp.resolve("templates");
    Path out = tmp.resolve("site");
    Random r = new Random(5);
    for (int i = 0; i < 4; i++) add(input, r, i);
    Files.writeString(input.resolve("once.txt"), "Headline about the port\n\nMayor Rosa Quintana said the talks went well.\n");
    build(input, templates, out);
    assertFalse(Files.exists(out.resolve("people/rosa-quintana.html")));
    Path second = input.resolve("twice.txt");
    Files.writeString(second, "Headline about the bridge\n\nMayor Rosa Quintana said the bridge would open.\n");
    build(input, templates, out);
    build(input, templates, tmp.resolve("clean1"));
    assertTrue(Files.exists(out.resolve("people/rosa-quintana.html")));
    assertEquals(contents(tmp.resolve("clean1")), contents(out), "after a second article names her");
    Files.delete(second);
    build(input, templates, out);
    build(input, templates, tmp.resolve("clean2"));
    assertFalse(Files.exists(out.resolve("people/rosa-quintana.html")));
    assertEquals(contents(tmp.resolve("clean2")), contents(out), "after the second article is gone");
  }

  @Test
  void a_last_name_links_to_the_person_while_an_article_names_them_in_full() throws Exception {
    Path input = tmp.resolve("in");
    Path templates = tmp.resolve("templates");
    Path out = tmp.resolve("site");
    Random r = new Random(7);
    for (int i = 0; i < 4; i++) add(input, r, i);
    Files.writeString(input.resolve("short1.txt"), "---\npeople: [Lindqvist]\n---\nHeadline about the port\n\nThe talks went well.\n");
    Files.writeString(input.resolve("short2.txt"), "---\npeople: [Mr Lindqvist]\n---\nHeadline about the dock\n\nThe talks went on.\n");
    build(input, templates, out);
    assertTrue(Files.exists(out.resolve("people/lindqvist.html")));
    Path full = input.resolve("full.txt");
    Files.writeString(full, "---\npeople: [Petra Lindqvist]\n---\nHeadline about the bridge\n\nThe bridge would open.\n");
    build(input, templates, out);
    build(input, templates, tmp.resolve("clean1"));
    assertEquals(contents(tmp.resolve("clean1")), contents(out), "after an article names him in full");
    assertFalse(Files.exists(out.resolve("people/lindqvist.html")));
    String person = Files.readString(out.resolve("people/petra-lindqvist.html"));
    assertTrue(person.contains("Also written as: Lindqvist"), person);
    assertTrue(Files.readString(out.resolve("articles/headline-about-the-port.html")).contains("../people/petra-lindqvist.html"));
    Files.delete(full);
    build(input, templates, out);
    build(input, templates, tmp.resolve("clean2"));
    assertEquals(contents(tmp.resolve("clean2")), contents(out), "after that article is gone");
    assertTrue(Files.exists(out.resolve("people/lindqvist.html")));
    assertFalse(Files.exists(out.resolve("people/petra-lindqvist.html")));
  }

  @Test
  void a_new_site_title_or_base_url_reaches_every_page_made_from_them() throws Exception {
    // Article pages' citation and JSON-LD are made from the site's title and URL only when a page
    // is rendered, outside its key: the key must still change with them.
    Path input = tmp.resolve("in");
    Random r = new Random(11);
    for (int i = 0; i < 8; i++) add(input, r, i);
    Path out = tmp.resolve("site");
    String[][] settings = {{"Archive", "https://example.org/news/"}, {"Another title", "https://example.org/news/"},
        {"Another title", "https://example.net/"}, {"Another title", null}};
    for (int i = 0; i < settings.length; i++) {
      BuildOptions options = new BuildOptions(input, out, tmp.resolve("none"), Optional.ofNullable(settings[i][1]),
          settings[i][0], false, false, 2);
      Diagnostics d = new Diagnostics();
      new SiteBuilder().build(options, d);
      Path clean = tmp.resolve("clean" + i);
      new SiteBuilder().build(new BuildOptions(input, clean, tmp.resolve("none"), Optional.ofNullable(settings[i][1]),
          settings[i][0], false, false, 2), d);
      assertEquals(List.of(), d.all());
      assertEquals(contents(clean), contents(out), String.join(" ", java.util.Arrays.toString(settings[i])));
    }
  }

  @Test
  void a_rebuild_without_changes_writes_nothing_and_one_changed_article_writes_few_pages() throws Exception {
    Path input = tmp.resolve("in");
    Path out = tmp.resolve("site");
    Random r = new Random(7);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 60; i++) files.add(add(input, r, i));
    BuildResult first = build(input, tmp.resolve("none"), out);
    BuildResult again = build(input, tmp.resolve("none"), out);
    assertEquals(0, again.write().written());
    assertEquals(first.write().files(), again.write().unchanged());

    Path victim = files.get(30);
    Files.writeString(victim, Files.readString(victim) + "A sentence added in a correction.\n");
    BuildResult changed = build(input, tmp.resolve("none"), out);
    // Its page, the index, term and timeline pages and search files that show it: not the site. (A
    // quarter of the site's files: its search entries share files, about one for five articles.)
    assertTrue(changed.write().written() >= 1 && changed.write().written() < changed.write().files() / 4,
        "few pages written: " + changed.write());

    // One article deleted, then added back: its neighbours, the index pages after it, its term and
    // year pages and search files change; no page of the site depends on how many articles there are.
    Path gone = files.get(12);
    String text = Files.readString(gone);
    Files.delete(gone);
    BuildResult deleted = build(input, tmp.resolve("none"), out);
    assertTrue(deleted.write().written() < deleted.write().files() / 4, "few pages written: " + deleted.write());
    Files.writeString(gone, text);
    BuildResult added = build(input, tmp.resolve("none"), out);
    assertTrue(added.write().written() < added.write().files() / 4, "few pages written: " + added.write());
  }

  private static Path add(Path input, Random r, int n) throws IOException {
    Path file = input.resolve((n % 3 == 0 ? "sub/" : "") + "a" + n + ".txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, article(r));
    return file;
  }

  private static String article(Random r) {
    StringBuilder sb = new StringBuilder();
    // Last names and abbreviations whose term depends on what the other articles say.
    if (r.nextInt(4) == 0) {
      String speaker = SPEAKERS[r.nextInt(SPEAKERS.length)];
      sb.append("---\npeople: [").append(r.nextBoolean() ? speaker.substring(speaker.indexOf(' ') + 1) : speaker)
          .append("]\nplaces: [").append(r.nextBoolean() ? "U.S." : "United States").append("]\n---\n");
    }
    if (r.nextBoolean()) sb.append("Headline about ").append(words(r, 4)).append('\n');
    if (r.nextInt(3) == 0) sb.append("By Jane Doe\n");
    if (r.nextBoolean()) sb.append("May ").append(1 + r.nextInt(28)).append(", 20").append(10 + r.nextInt(15)).append('\n');
    for (int p = 0, n = 2 + r.nextInt(4); p < n; p++) {
      sb.append(Character.toUpperCase(WORDS[r.nextInt(WORDS.length)].charAt(0)))
          .append(words(r, 12)).append(". “").append(words(r, 8)).append(",” Ana Lopez said.\n");
    }
    if (r.nextInt(4) == 0) sb.append("Mayor ").append(SPEAKERS[r.nextInt(SPEAKERS.length)]).append(" said the talks went well.\n");
    if (r.nextBoolean()) sb.append("Reference(s):\nexample.com\n");
    return sb.toString();
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    return sb.toString();
  }

  /** One random edit; returns what it did, for the failure message. */
  private static String edit(Random r, Path input, Path templates, List<Path> files, int n) throws IOException {
    switch (r.nextInt(6)) {
      case 0 -> {
        files.add(add(input, r, n));
        return "add";
      }
      case 1 -> {
        Path f = files.get(r.nextInt(files.size()));
        Files.writeString(f, article(r));
        return "change " + f.getFileName();
      }
      case 2 -> {
        // Same size, same modification time, different bytes: only the content hash can tell.
        Path f = files.get(r.nextInt(files.size()));
        FileTime t = Files.getLastModifiedTime(f);
        String s = Files.readString(f);
        int i = s.indexOf("the ");
        if (i < 0) return "nothing";
        Files.writeString(f, s.substring(0, i) + "Tha " + s.substring(i + 4));
        Files.setLastModifiedTime(f, t);
        return "same-size change " + f.getFileName();
      }
      case 3 -> {
        Path f = files.remove(r.nextInt(files.size()));
        Path to = f.resolveSibling("renamed-" + n + ".txt");
        Files.move(f, to);
        files.add(to);
        return "rename " + f.getFileName();
      }
      case 4 -> {
        if (files.size() < 3) return "nothing";
        Path f = files.remove(r.nextInt(files.size()));
        Files.delete(f);
        return "delete " + f.getFileName();
      }
      default -> {
        // One template edited (each used by some pages, or by all), or a user's copy removed.
        String[][] edits = {
          {"index.ftlh", "</@layout.page>"}, {"components.ftlh", "</#macro>"}, {"layout.ftlh", "</body>"}, {"feed.ftlx", "</feed>"}
        };
        String[] e = edits[r.nextInt(edits.length)];
        Path copy = templates.resolve(e[0]);
        if (Files.exists(copy) && r.nextInt(3) == 0) {
          Files.delete(copy);
          return "template " + e[0] + " back to the embedded one";
        }
        Files.createDirectories(templates);
        String source = new String(
            SiteBuilder.class.getResourceAsStream("/gen/theme/" + e[0]).readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        if (!source.contains(e[1])) throw new AssertionError(e[0] + " no longer has " + e[1] + " to edit before");
        String marker = e[0].endsWith(".ftlx") ? "<!-- v" + n + " -->" : "<#-- v" + n + " -->x" + n;
        Files.writeString(copy, source.replaceFirst(java.util.regex.Pattern.quote(e[1]), marker + e[1]));
        return "template " + e[0];
      }
    }
  }

  @Test
  void a_template_edit_renders_again_only_the_pages_made_with_it() throws Exception {
    Path input = tmp.resolve("in");
    Path templates = tmp.resolve("templates");
    Path out = tmp.resolve("site");
    Random r = new Random(9);
    for (int i = 0; i < 6; i++) add(input, r, i);
    Files.createDirectories(templates);
    String feed = new String(SiteBuilder.class.getResourceAsStream("/gen/theme/feed.ftlx").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(templates.resolve("feed.ftlx"), feed);
    build(input, templates, out);
    Map<String, String> before = pageKeys(out);

    Files.writeString(templates.resolve("feed.ftlx"), feed.replace("</feed>", "<!-- edited --></feed>"));
    build(input, templates, out);
    Map<String, String> after = pageKeys(out);
    assertEquals(before.keySet(), after.keySet());
    List<String> changed = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).toList();
    assertEquals(List.of("feed.xml"), changed, "only the feed is made with feed.ftlx");
    assertTrue(Files.readString(out.resolve("feed.xml")).contains("<!-- edited -->"));
    build(input, templates, tmp.resolve("clean"));
    assertEquals(contents(tmp.resolve("clean")), contents(out));
  }

  @Test
  void a_build_that_fails_leaves_the_previous_site_and_all_it_kept_for_the_next_build() throws Exception {
    Path input = tmp.resolve("in");
    Path templates = tmp.resolve("templates");
    Path out = tmp.resolve("site");
    Random r = new Random(11);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 6; i++) files.add(add(input, r, i));
    build(input, templates, out);
    Map<String, byte[]> site = bytes(out);

    // A changed article (its cache shard is encoded while the pages render), then a broken template.
    Files.writeString(files.get(2), article(r));
    Files.createDirectories(templates);
    Files.writeString(templates.resolve("index.ftlh"), "<#if>");
    Diagnostics d = new Diagnostics();
    org.junit.jupiter.api.Assertions.assertThrows(gen.render.RenderException.class, () -> new SiteBuilder().build(
        new BuildOptions(input, out, templates, Optional.of("https://example.org/news/"), "Archive", false, false, 2), d));
    Map<String, byte[]> after = bytes(out);
    assertEquals(site.keySet(), after.keySet(), "no file added or removed, cache included (no temporary file)");
    for (String path : site.keySet()) {
      assertTrue(java.util.Arrays.equals(site.get(path), after.get(path)), path + " changed by a failed build");
    }

    Files.delete(templates.resolve("index.ftlh"));
    build(input, templates, out);
    build(input, templates, tmp.resolve("clean"));
    assertEquals(contents(tmp.resolve("clean")), contents(out));
  }

  /** Every file of a folder, gen's build cache included, by path. */
  private static Map<String, byte[]> bytes(Path folder) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /** The page keys the build left for the next one, by page. */
  private static Map<String, String> pageKeys(Path site) throws IOException {
    Map<String, String> keys = new TreeMap<>();
    List<String> lines = Files.readAllLines(gen.state.StateFolder.of(site).resolve("pages"));
    for (String line : lines.subList(1, lines.size())) {
      int space = line.indexOf(' ');
      keys.put(line.substring(space + 1), line.substring(0, space));
    }
    return keys;
  }

  /** Every file of a site folder but gen's build cache, by path. */
  private static Map<String, String> contents(Path site) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(site)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = site.relativize(p).toString().replace('\\', '/');
        out.put(rel, Files.readString(p));
      }
    }
    return out;
  }
}
