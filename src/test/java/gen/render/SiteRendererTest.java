package gen.render;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import gen.model.TextDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Renders small archives with the embedded theme and checks the key pages' content and links. */
class SiteRendererTest {
  private static final String BASE = "https://example.org/news/";

  private static Map<String, String> render(List<Article> articles, Optional<String> baseUrl, int pageSize) throws Exception {
    Archive archive = ArchiveAssembler.assemble(articles, false);
    Map<String, String> pages = new TreeMap<>();
    new SiteRenderer(new Templates(new Theme(Optional.empty())), new SiteOptions("Test archive", baseUrl, pageSize))
        .render(archive, pages::put);
    return pages;
  }

  private static List<Article> sample() {
    return List.of(
        article("summit").title("Leaders meet </script><script>alert(1)</script> in Lima")
            .day(2024, 5, 3).authors("Ana Diaz", "Tom O'Neil").source("The Wire", "wire.com")
            .url("https://wire.com/2024/summit?id=1&x=2").tags("water").people("Ana Diaz").places("Lima")
            .quote("We will act", "Ana Diaz").build(),
        article("followup").day(2024, 5, 10).source("The Wire", "wire.com").tags("water").build(),
        article("older").month(2023, 2).places("Lima").build(),
        article("nodate").language("ar", TextDirection.RTL).title("قمة في القاهرة").build());
  }

  @Test
  void article_page_links_its_terms_source_original_and_neighbours() throws Exception {
    Map<String, String> pages = render(sample(), Optional.of(BASE), 20);
    Document d = Jsoup.parse(pages.get("articles/summit.html"));
    assertEquals("Leaders meet </script><script>alert(1)</script> in Lima", d.selectFirst("h1").text());
    assertEquals("2024-05-03", d.selectFirst("article > header time").attr("datetime"));
    assertTrue(d.selectFirst("article > header").text().contains("by Ana Diaz, Tom O'Neil"));
    Element sourceLine = d.select("article > header p").last();
    assertEquals(List.of("../sources/the-wire.html", "https://wire.com/"), sourceLine.select("a").eachAttr("href"));
    assertEquals("https://wire.com/2024/summit?id=1&x=2", d.selectFirst(".original a.url").attr("href"));
    assertEquals("https://web.archive.org/web/https://wire.com/2024/summit?id=1&x=2",
        d.select(".original a").get(1).attr("href"));
    assertEquals(List.of("../places/lima.html", "../tags/water.html"), d.select(".entities a").eachAttr("href"),
        "Ana Diaz is named in this article only: no page, no link");
    assertEquals("Ana Diaz", d.selectFirst(".entities dt:contains(People) + dd li").text());
    assertEquals("We will act", d.selectFirst(".quotes blockquote").text());
    // Pages in the same folder link by file name.
    assertEquals(List.of("followup.html", "older.html"), d.select(".related a").eachAttr("href"));
    assertEquals("followup.html", d.selectFirst(".prev-next a[rel=prev]").attr("href"));
    assertEquals("older.html", d.selectFirst(".prev-next a[rel=next]").attr("href"));
    assertEquals(List.of("← Newer", "Older →"), d.select(".prev-next a").eachText(), "labels without the neighbours' titles");
  }

  @Test
  void article_page_has_a_plain_citation_and_what_its_bibtex_is_made_from() throws Exception {
    Document d = Jsoup.parse(render(sample(), Optional.empty(), 20).get("articles/summit.html"));
    String text = d.selectFirst(".cite p").text();
    assertTrue(text.startsWith("Ana Diaz, Tom O'Neil. “Leaders meet"), text);
    assertTrue(text.contains("The Wire, 3 May 2024. https://wire.com/2024/summit?id=1&x=2. Saved 1 June 2024."), text);
    // assets/cite.js makes the BibTeX entry (tested in a browser) from the saved date and the JSON-LD.
    assertEquals("2024-06-01", d.selectFirst("details.cite").attr("data-saved"));
    assertTrue(d.selectFirst("details.cite pre") == null, "no BibTeX in the HTML itself");
    assertEquals("../assets/cite.js", d.selectFirst("script[src]").attr("src"));
    var ld = com.google.gson.JsonParser.parseString(d.selectFirst("script[type=application/ld+json]").data()).getAsJsonObject();
    assertEquals("Ana Diaz", ld.getAsJsonArray("author").get(0).getAsJsonObject().get("name").getAsString());
    assertEquals("The Wire", ld.getAsJsonObject("publisher").get("name").getAsString());
    assertEquals("https://wire.com/2024/summit?id=1&x=2", ld.get("isBasedOn").getAsString());
    Document undated = Jsoup.parse(render(sample(), Optional.empty(), 20).get("articles/nodate.html"));
    assertEquals("Date unknown", undated.selectFirst("article > header .undated").text());
    assertEquals("“قمة في القاهرة.” n.d. Saved 1 June 2024.", undated.selectFirst(".cite p").text());
  }

  @Test
  void json_ld_cannot_break_out_of_its_script_and_parses() throws Exception {
    String html = render(sample(), Optional.of(BASE), 20).get("articles/summit.html");
    Document d = Jsoup.parse(html);
    assertEquals(List.of("application/ld+json", ""), d.select("script").stream().map(e -> e.attr("type")).toList(),
        "the title's </script><script> stays inside the JSON-LD; the other script is the theme's");
    assertEquals("../assets/cite.js", d.select("script").get(1).attr("src"));
    String json = d.selectFirst("script[type=application/ld+json]").data();
    var o = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
    assertEquals("NewsArticle", o.get("@type").getAsString());
    assertEquals("Leaders meet </script><script>alert(1)</script> in Lima", o.get("headline").getAsString());
    assertEquals("2024-05-03", o.get("datePublished").getAsString());
    assertEquals(BASE + "articles/summit.html", d.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("article", d.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals("Leaders meet </script><script>alert(1)</script> in Lima", d.selectFirst("meta[property=og:title]").attr("content"));
    assertTrue(d.select("meta[property=og:site_name]").isEmpty(), "the domain says whose site it is");
  }

  @Test
  void without_a_base_url_canonical_is_the_page_itself_and_there_is_no_sitemap() throws Exception {
    Map<String, String> pages = render(sample(), Optional.empty(), 20);
    Document d = Jsoup.parse(pages.get("articles/summit.html"));
    assertEquals("summit.html", d.selectFirst("link[rel=canonical]").attr("href"));
    assertTrue(d.select("meta[property=og:url]").isEmpty());
    assertFalse(pages.containsKey("sitemap.xml"));
    assertEquals("User-agent: *\nAllow: /\n", pages.get("robots.txt"));
    assertTrue(pages.get("404.html").contains("href=\"/assets/style.css\""));
  }

  @Test
  void with_a_base_url_404_links_use_its_path_and_robots_names_the_sitemap() throws Exception {
    Map<String, String> pages = render(sample(), Optional.of(BASE), 20);
    Document nf = Jsoup.parse(pages.get("404.html"));
    assertEquals("/news/assets/style.css", nf.selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals("/news/index.html", nf.selectFirst("main a").attr("href"));
    assertTrue(pages.get("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
    String sitemap = pages.get("sitemap.xml");
    assertTrue(sitemap.contains("<loc>" + BASE + "</loc>"));
    assertTrue(sitemap.contains("<loc>" + BASE + "articles/summit.html</loc>"));
    assertFalse(sitemap.contains("404.html"));
    // No organization is named twice: the index page is there, but not in the sitemap.
    assertTrue(pages.containsKey("organizations/index.html"));
    assertFalse(sitemap.contains("organizations/"), sitemap);
    assertTrue(sitemap.contains("<loc>" + BASE + "places/index.html</loc>"), "a kind with terms stays");
  }

  @Test
  void term_pages_are_paginated_newest_first_and_indexed_with_counts() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i <= 11; i++) articles.add(article("a" + i).day(2024, 1, i).tags("climate").source("Sun", "sun.com").build());
    // 2 articles a page of summaries, so 5 a page of titles.
    Map<String, String> pages = render(articles, Optional.empty(), 2);
    Document first = Jsoup.parse(pages.get("tags/climate.html"));
    assertEquals(List.of("../articles/a11.html", "../articles/a10.html", "../articles/a9.html", "../articles/a8.html", "../articles/a7.html"),
        first.select(".articles li > a").eachAttr("href"));
    assertEquals("11 articles", first.selectFirst(".lede").text());
    assertEquals("11 January 2024 · Sun", first.selectFirst(".articles small").text());
    assertEquals("11 January 2024", Jsoup.parse(pages.get("sources/sun.html")).selectFirst(".articles small").text(),
        "a source's own page does not repeat its name on each entry");
    assertEquals("../tags/climate/2.html", first.selectFirst(".pagination a[rel=next]").attr("href"));
    Document third = Jsoup.parse(pages.get("tags/climate/3.html"));
    assertEquals(List.of("../../articles/a1.html"), third.select(".articles li > a").eachAttr("href"));
    assertEquals("../../tags/climate/2.html", third.selectFirst(".pagination a[rel=prev]").attr("href"));
    Document index = Jsoup.parse(pages.get("tags/index.html"));
    assertEquals("climate 11 articles", index.selectFirst(".term-index li").text());
    assertEquals("climate.html", index.selectFirst(".term-index a").attr("href").replace("../tags/", ""));
    assertTrue(pages.containsKey("sources/sun/2.html"), "source pages are paginated");
    assertTrue(pages.containsKey("page/6.html"), "the home list is paginated too, by pageSize");
    assertFalse(pages.containsKey("tags/climate/4.html"));
    assertTrue(pages.containsKey("people/index.html"), "an empty kind still has its index page");
  }

  @Test
  void the_header_links_only_the_sections_that_have_terms() throws Exception {
    Map<String, String> pages = render(List.of(
        article("a").day(2024, 5, 3).source("The Wire", "wire.com").tags("water").build(),
        article("b").day(2024, 5, 4).tags("water").build()), Optional.empty(), 20);
    Document tag = Jsoup.parse(pages.get("tags/water.html"));
    assertEquals(List.of("Latest", "Archive", "Sources", "Tags"), tag.select("nav[aria-label=Sections] a").eachText());
    assertEquals(List.of("../index.html", "../archive/index.html", "../sources/index.html", "../tags/index.html"),
        tag.select("nav[aria-label=Sections] a").eachAttr("href"));
    assertEquals("Tags", tag.selectFirst("nav[aria-label=Sections] a[aria-current=page]").text());
    assertEquals("Latest", Jsoup.parse(pages.get("index.html")).selectFirst("nav[aria-label=Sections] a[aria-current=page]").text());
    Document places = Jsoup.parse(pages.get("places/index.html"));
    assertEquals("No places named in more than one article in this archive yet.", places.selectFirst("main p").text(),
        "an empty kind's index is still written, for links made before");
    assertTrue(places.select("nav[aria-label=Sections] a[href*=places]").isEmpty());
  }

  @Test
  void a_name_found_in_one_article_has_no_page_and_no_link_but_a_tag_in_one_article_has() throws Exception {
    Map<String, String> pages = render(List.of(
        article("a").day(2024, 5, 3).tags("rare").people("Ana Diaz", "Rosa Quintana").organizations("Harbour Board").build(),
        article("b").day(2024, 5, 4).people("Ana Diaz").build()), Optional.of(BASE), 20);
    assertTrue(pages.containsKey("people/ana-diaz.html"));
    assertFalse(pages.containsKey("people/rosa-quintana.html"));
    assertFalse(pages.keySet().stream().anyMatch(p -> p.startsWith("organizations/") && !p.equals("organizations/index.html")),
        "an organization named once gets no page");
    assertTrue(pages.containsKey("tags/rare.html"), "a tag someone gave one article still has its page");
    Document a = Jsoup.parse(pages.get("articles/a.html"));
    assertEquals(List.of("../people/ana-diaz.html", "../tags/rare.html"), a.select(".entities a").eachAttr("href"));
    assertEquals(List.of("Ana Diaz", "Rosa Quintana", "Harbour Board", "rare"), a.select(".entities li").eachText());
    Document people = Jsoup.parse(pages.get("people/index.html"));
    assertEquals(List.of("Ana Diaz 2 articles"), people.select(".term-index li").eachText());
    assertEquals("1 person named in more than one article, most articles first.", people.selectFirst(".lede").text());
    Document organizations = Jsoup.parse(pages.get("organizations/index.html"));
    assertEquals("No organizations named in more than one article in this archive yet.", organizations.selectFirst("main p").text());
    assertEquals(List.of("Latest", "Archive", "Tags", "People"),
        a.select("nav[aria-label=Sections] a").eachText(), "no link to Organizations, which lists none");
    assertFalse(pages.get("sitemap.xml").contains("rosa-quintana"));
    assertFalse(pages.values().stream().anyMatch(p -> p.contains("rosa-quintana.html")));
  }

  @Test
  void latest_pages_cut_a_long_summary_after_a_word_to_160_characters() throws Exception {
    String words = "Ministers from twelve countries met in Lima on Tuesday to agree on shared rules for water, "
        + "after a decade of drought that emptied reservoirs across the region and left farmers without harvests.";
    Map<String, String> pages = render(List.of(
        article("long").day(2024, 5, 3).summary(words).build(),
        article("short").day(2024, 5, 2).summary("Short and whole.").build()), Optional.empty(), 20);
    List<String> shown = Jsoup.parse(pages.get("index.html")).select(".articles li p").eachText();
    assertTrue(words.length() > 160);
    String cut = shown.get(0);
    assertTrue(cut.length() <= 160 && cut.endsWith(" …"), cut);
    String kept = cut.substring(0, cut.length() - 2);
    assertTrue(words.startsWith(kept + " "), "cut between words: " + cut);
    assertTrue(kept.length() > 140, "not much shorter than it must be: " + cut);
    assertEquals("Short and whole.", shown.get(1));
  }

  @Test
  void compact_lists_show_no_placeholder_for_an_unknown_date() throws Exception {
    Map<String, String> pages = render(List.of(
        article("dated").day(2024, 5, 3).source("The Wire", "wire.com").tags("water").build(),
        article("sourced").source("The Wire", "wire.com").tags("water").build(),
        article("bare").tags("water").build()), Optional.empty(), 20);
    Document tag = Jsoup.parse(pages.get("tags/water.html"));
    assertEquals(List.of("3 May 2024 · The Wire", "The Wire"), tag.select(".compact li small").eachText());
    assertEquals(3, tag.select(".compact li").size());
    Element bare = tag.selectFirst(".compact a[href$=bare.html]").parent();
    assertTrue(bare.selectFirst("small") == null, "nothing to say: no date line: " + bare);
    Document source = Jsoup.parse(pages.get("sources/the-wire.html"));
    assertEquals(List.of("3 May 2024"), source.select(".compact li small").eachText(), "the page's own source is not repeated");
    assertFalse(pages.get("archive/undated.html").contains("Date unknown</span>"), "the undated page's entries");
    assertTrue(pages.get("articles/bare.html").contains("Date unknown"), "the article's own page still says so");
  }

  @Test
  void archive_pages_group_by_year_and_month_and_list_undated_apart() throws Exception {
    Map<String, String> pages = render(sample(), Optional.empty(), 20);
    Document index = Jsoup.parse(pages.get("archive/index.html"));
    assertEquals(List.of("2024.html", "2023.html"), index.select(".years h2 a").eachAttr("href").stream().map(h -> h.replace("../archive/", "")).toList());
    assertEquals(List.of("May 2024 2"), index.select(".years > li:first-child .months li").eachText());
    assertEquals("../archive/2024.html#m05", index.selectFirst(".months a").attr("href"));
    Document y2024 = Jsoup.parse(pages.get("archive/2024.html"));
    assertEquals("May 2024", y2024.selectFirst("#m05").text());
    assertEquals(2, y2024.select("#m05 + ol li").size());
    Document undated = Jsoup.parse(pages.get("archive/undated.html"));
    Element item = undated.selectFirst(".articles li");
    assertEquals("rtl", item.attr("dir"));
    assertEquals("ar", item.attr("lang"));
    assertEquals("قمة في القاهرة", item.selectFirst("a").text());
  }

  @Test
  void the_index_search_and_archive_pages_have_a_meta_description() throws Exception {
    Map<String, String> pages = render(sample(), Optional.empty(), 20);
    for (String page : List.of("index.html", "search.html", "archive/index.html")) {
      Element meta = Jsoup.parse(pages.get(page)).selectFirst("head meta[name=description]");
      assertTrue(meta != null && meta.attr("content").contains("Test archive"), page + ": " + meta);
    }
    assertEquals("Search the full text of 4 articles of Test archive.",
        Jsoup.parse(pages.get("search.html")).selectFirst("meta[name=description]").attr("content"));
  }
}
