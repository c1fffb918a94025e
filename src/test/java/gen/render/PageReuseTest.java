package gen.render;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import gen.model.TestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A rebuild whose archive is arranged as before keeps the pages that show no changed article
 * without making their data; the pages it does make, and the keys it leaves, are those a rebuild
 * that makes every page's data would have made.
 */
class PageReuseTest {
  private static final Templates TEMPLATES = new Templates(new Theme(Optional.empty()));
  private static final SiteOptions OPTIONS = new SiteOptions("Test", Optional.of("https://example.org/"), 2);

  /** What one build did: the pages it rendered, those it kept, its keys and how many it kept unmade. */
  private record Build(Map<String, String> rendered, List<String> kept, PageKeys keys) {}

  private static Build build(List<Article> articles, PageKeys keys, Map<String, String> previousSite) throws Exception {
    Archive archive = ArchiveAssembler.assemble(articles, false);
    Map<String, String> rendered = new TreeMap<>();
    List<String> kept = new ArrayList<>();
    new SiteRenderer(TEMPLATES, OPTIONS, 2, keys).render(archive, new PageSink() {
      @Override
      public synchronized void page(String path, String content) {
        rendered.put(path, content);
      }

      @Override
      public synchronized boolean keep(String path) {
        if (!previousSite.containsKey(path)) return false;
        kept.add(path);
        return true;
      }

      @Override
      public boolean canKeep(String path) {
        return previousSite.containsKey(path);
      }
    });
    return new Build(rendered, kept, keys);
  }

  private static TestArticles base(String slug, int day) {
    return article(slug).day(2024, 5, day).source("The Wire", "wire.com").tags("water", "day" + (day % 3))
        .people("Ana Diaz").body("<p>Body of " + slug + ".</p>");
  }

  private static List<Article> archive(String bodyOfFifth, String titleOfFifth, String... tagsOfFifth) {
    List<Article> out = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      TestArticles a = base("a" + i, i);
      if (i == 5) a.body(bodyOfFifth).title(titleOfFifth);
      if (i == 5 && tagsOfFifth.length > 0) a.tags(tagsOfFifth);
      out.add(a.build());
    }
    return out;
  }

  /** Renders {@code before}, then {@code after} as a rebuild of it, both ways: reusing pages, and making every model. */
  private static Build[] rebuild(List<Article> before, List<Article> after) throws Exception {
    Build first = build(before, PageKeys.of(t -> "t", Map.of()), Map.of());
    Map<String, String> site = new TreeMap<>(first.rendered());
    Build reusing = build(after, PageKeys.of(t -> "t", first.keys().currentKeys(), first.keys().currentInputs()), site);
    Build making = build(after, PageKeys.of(t -> "t", first.keys().currentKeys()), site);
    return new Build[] {reusing, making};
  }

  @Test
  void a_changed_body_keeps_every_page_that_does_not_show_it_without_making_its_data() throws Exception {
    Build[] b = rebuild(archive("<p>First body.</p>", "Fifth"), archive("<p>Second body.</p>", "Fifth"));
    Build reusing = b[0];
    Build making = b[1];
    assertEquals(making.rendered(), reusing.rendered(), "the same pages rendered, the same content");
    assertEquals(making.keys().currentKeys(), reusing.keys().currentKeys(), "the same keys for the next build");
    assertEquals(new TreeSet<>(making.kept()), new TreeSet<>(reusing.kept()));
    assertTrue(reusing.rendered().containsKey("articles/a5.html"));
    assertEquals(0, making.keys().keptUnmade());
    // Pages that show article 5 (its own, its neighbours', the lists it is on) are made; others are not.
    assertTrue(reusing.keys().keptUnmade() > 0, "no page was kept without its data");
    assertTrue(reusing.keys().keptUnmade() < reusing.kept().size(), "pages showing the article made their data");
  }

  @Test
  void the_pages_of_unrelated_neighbours_are_made_again_too() throws Exception {
    // No term in common, so no related articles: only the neighbours' pages show the fifth.
    List<Article> before = new ArrayList<>();
    List<Article> after = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      before.add(article("u" + i).day(2024, 5, i).tags("only" + i).body("<p>Body " + i + ".</p>").build());
      after.add(article("u" + i).day(2024, 5, i).tags("only" + i).body(i == 5 ? "<p>Changed.</p>" : "<p>Body " + i + ".</p>").build());
    }
    Build[] b = rebuild(before, after);
    assertEquals(b[1].rendered(), b[0].rendered());
    assertEquals(b[1].keys().currentKeys(), b[0].keys().currentKeys());
    assertTrue(b[0].rendered().keySet().containsAll(List.of("articles/u4.html", "articles/u5.html", "articles/u6.html")),
        b[0].rendered().keySet().toString());
    assertTrue(b[0].keys().keptUnmade() > 0);
  }

  @Test
  void a_new_title_is_content_the_same_way() throws Exception {
    // The slugs are given here, and the order is by date: a title is the article's content only.
    Build[] b = rebuild(archive("<p>Body.</p>", "Fifth"), archive("<p>Body.</p>", "A new fifth"));
    assertEquals(b[1].rendered(), b[0].rendered());
    assertEquals(b[1].keys().currentKeys(), b[0].keys().currentKeys());
    assertTrue(b[0].rendered().get("articles/a5.html").contains("A new fifth"));
    assertTrue(b[0].rendered().keySet().stream().anyMatch(p -> p.startsWith("page/")), "the index page listing it");
    assertTrue(b[0].keys().keptUnmade() > 0);
  }

  @Test
  void a_changed_arrangement_makes_every_page_s_data() throws Exception {
    // A tag taken off changes the terms' lists and counts, which many pages show.
    Build[] b = rebuild(archive("<p>Body.</p>", "Fifth"), archive("<p>Body.</p>", "Fifth", "water"));
    assertEquals(b[1].rendered(), b[0].rendered());
    assertEquals(b[1].keys().currentKeys(), b[0].keys().currentKeys());
    assertEquals(0, b[0].keys().keptUnmade());
  }

  @Test
  void a_template_change_makes_every_page_s_data() throws Exception {
    List<Article> articles = archive("<p>Body.</p>", "Fifth");
    Build first = build(articles, PageKeys.of(t -> "t", Map.of()), Map.of());
    Map<String, String> site = new TreeMap<>(first.rendered());
    Build again = build(articles,
        PageKeys.of(t -> t.equals("term.ftlh") ? "t2" : "t", first.keys().currentKeys(), first.keys().currentInputs()), site);
    assertEquals(0, again.keys().keptUnmade());
    assertTrue(again.rendered().keySet().stream().filter(p -> p.endsWith(".html")).allMatch(p -> p.startsWith("tags/")
        || p.startsWith("people/") || p.startsWith("sources/") || p.startsWith("places/") || p.startsWith("organizations/")),
        "only term pages are made with term.ftlh: " + again.rendered().keySet());
    assertTrue(again.rendered().containsKey("tags/water.html"));
  }
}
