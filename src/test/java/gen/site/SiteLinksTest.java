package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Builds a varied archive end to end and checks the site as a link checker and a feed reader
 * would: every internal href and src of every page names a file of the site (and an id in it for
 * a #fragment), from the root and under a project path; the feed is Atom.
 */
class SiteLinksTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  @TempDir Path tmp;

  @Test
  void every_internal_link_resolves_without_a_base_url() throws Exception {
    Path site = tmp.resolve("site");
    SampleArchive.build(SampleArchive.write(tmp.resolve("in")), site, Optional.empty());
    assertEquals(List.of(), brokenLinks(site, "/"));
    assertFalse(Files.exists(site.resolve("sitemap.xml")), "a sitemap needs absolute URLs");
  }

  @Test
  void every_internal_link_resolves_under_a_project_path() throws Exception {
    Path site = tmp.resolve("site");
    SampleArchive.build(SampleArchive.write(tmp.resolve("in")), site, Optional.of("https://me.github.io/archive/"));
    assertEquals(List.of(), brokenLinks(site, "/archive/"));
    assertTrue(Files.readString(site.resolve("404.html")).contains("href=\"/archive/assets/style.css\""));
  }

  @Test
  void the_site_has_every_kind_of_page_and_the_cname() throws Exception {
    Path site = tmp.resolve("site");
    SampleArchive.build(SampleArchive.write(tmp.resolve("in")), site, Optional.of("https://news.example.org/"));
    for (String p : List.of("index.html", "page/2.html", "page/3.html", "feed.xml", "sitemap.xml", "robots.txt",
        "404.html", ".nojekyll", "assets/favicon.svg", "archive/index.html", "archive/undated.html",
        "sources/index.html", "tags/index.html", "tags/all.html", "tags/all/2.html", "people/index.html",
        "organizations/index.html", "places/index.html")) {
      assertTrue(Files.isRegularFile(site.resolve(p)), p);
    }
    assertEquals("news.example.org\n", Files.readString(site.resolve("CNAME")));
    for (Path page : SampleArchive.files(site, ".html")) {
      Document d = Jsoup.parse(page.toFile(), "UTF-8");
      assertEquals(1, d.select("link[rel=icon]").size(), "favicon linked from " + page);
      assertEquals(1, d.select("main#main").size(), "main landmark on " + page);
      assertEquals("#main", d.selectFirst("a.skip").attr("href"));
    }
  }

  @Test
  void a_person_named_in_one_article_has_no_page_and_no_link_anywhere() throws Exception {
    Path site = tmp.resolve("site");
    SampleArchive.build(SampleArchive.write(tmp.resolve("in")), site, Optional.of("https://news.example.org/"));
    Document article = Jsoup.parse(site.resolve("articles/talks-on-elections-continue-round-4.html").toFile(), "UTF-8");
    Element people = article.selectFirst(".entities dt:contains(People) + dd");
    assertEquals(List.of("Ana Diaz", "Rosa Quintana"), people.select("li").eachText());
    assertEquals(List.of("../people/ana-diaz.html"), people.select("a").eachAttr("href"), "Rosa Quintana unlinked");
    assertTrue(Files.isRegularFile(site.resolve("people/ana-diaz.html")));
    assertFalse(Files.exists(site.resolve("people/rosa-quintana.html")));
    for (Path file : SampleArchive.files(site, "")) {
      if (file.toString().contains(".gen-")) continue;
      assertFalse(Files.readString(file).contains("people/rosa-quintana"), file + " points to a page that is not written");
    }
    assertFalse(Jsoup.parse(site.resolve("people/index.html").toFile(), "UTF-8").text().contains("Rosa Quintana"));
  }

  @Test
  void the_feed_is_atom_with_absolute_links_self_link_and_updated() throws Exception {
    Path site = tmp.resolve("site");
    String base = "https://me.github.io/archive/";
    SampleArchive.build(SampleArchive.write(tmp.resolve("in")), site, Optional.of(base));
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
    org.w3c.dom.Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals(base, text(root, "id"));
    assertTrue(text(root, "updated").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"));
    boolean self = false;
    NodeList links = root.getElementsByTagNameNS(ATOM, "link");
    for (int i = 0; i < links.getLength(); i++) {
      org.w3c.dom.Element l = (org.w3c.dom.Element) links.item(i);
      assertTrue(l.getAttribute("href").startsWith(base), l.getAttribute("href"));
      if (l.getAttribute("rel").equals("self")) self = l.getAttribute("href").equals(base + "feed.xml");
    }
    assertTrue(self, "self link");
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertEquals(Math.min(SampleArchive.ARTICLES, 50), entries.getLength(), "the 50 newest articles");
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
      assertTrue(text(e, "id").startsWith(base + "articles/"));
      assertFalse(text(e, "title").isBlank());
      assertFalse(text(e, "updated").isBlank());
    }
  }

  @Test
  void without_a_base_url_the_feed_still_parses_with_stable_ids() throws Exception {
    Path in = SampleArchive.write(tmp.resolve("in"));
    SampleArchive.build(in, tmp.resolve("a"), Optional.empty());
    SampleArchive.build(in, tmp.resolve("b"), Optional.empty());
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(tmp.resolve("a/feed.xml").toFile());
    assertTrue(text(feed.getDocumentElement(), "id").startsWith("urn:uuid:"));
    assertEquals(Files.readString(tmp.resolve("a/feed.xml")), Files.readString(tmp.resolve("b/feed.xml")));
  }

  private static String text(org.w3c.dom.Element parent, String name) {
    return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
  }

  /**
   * Every href and src that stays on the site, resolved like a browser would from the page's own
   * location; absolute paths are taken under {@code basePath}, where the site is served.
   */
  static List<String> brokenLinks(Path site, String basePath) throws Exception {
    List<String> broken = new ArrayList<>();
    Map<Path, Set<String>> ids = new HashMap<>();
    URI root = URI.create("http://site.invalid" + basePath);
    for (Path page : SampleArchive.files(site, ".html")) {
      String rel = site.relativize(page).toString().replace('\\', '/');
      URI pageUri = root.resolve(rel);
      Document d = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element e : d.select("[href], [src]")) {
        String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (e.tagName().equals("link") && e.attr("rel").equals("canonical")) continue;
        URI target = pageUri.resolve(link.replace(" ", "%20"));
        if (target.getScheme() != null && !target.getHost().equals("site.invalid")) continue;
        if (link.startsWith("#") && link.length() > 1) {
          if (d.getElementById(link.substring(1)) == null) broken.add(rel + ": " + link);
          continue;
        }
        String path = target.getRawPath();
        if (!path.startsWith(basePath)) {
          broken.add(rel + ": " + link + " (outside " + basePath + ")");
          continue;
        }
        String file = URLDecoder.decode(path.substring(basePath.length()), StandardCharsets.UTF_8);
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        Path f = site.resolve(file).normalize();
        if (!f.startsWith(site) || !Files.isRegularFile(f)) {
          broken.add(rel + ": " + link);
          continue;
        }
        String fragment = target.getRawFragment();
        if (fragment != null && f.toString().endsWith(".html")) {
          Set<String> known = ids.computeIfAbsent(f, SiteLinksTest::idsOf);
          if (!known.contains(fragment)) broken.add(rel + ": " + link + " (no id)");
        }
      }
    }
    return broken;
  }

  private static Set<String> idsOf(Path page) {
    try {
      return Set.copyOf(Jsoup.parse(page.toFile(), "UTF-8").select("[id]").eachAttr("id"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
