package gen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import gen.model.Diagnostics;
import gen.site.BuildOptions;
import gen.site.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Pages laid out at a phone's and a desktop's width, left-to-right and right-to-left: none is
 * wider than the window (no sideways scrolling) and each page's heading is on screen.
 */
class PageLayoutTest {
  @TempDir static Path tmp;
  static ChromeDriver driver;
  static Path site;

  @BeforeAll
  static void start() throws Exception {
    BrowserEnvironment env = BrowserEnvironment.requireOrSkip();
    Path input = Files.createDirectories(tmp.resolve("input"));
    Files.writeString(input.resolve("en.md"), "---\ntitle: Supercalifragilisticexpialidociousantidisestablishmentarianism headline\n"
        + "date: 2024-05-03\nsource: Wire\nurl: https://example.com/a/very/long/path/that/goes/on/and/on/without/any/break/at/all/whatsoever.html\n"
        + "tags: [water]\n---\n\nLima hosted the talks on water.\n");
    Files.writeString(input.resolve("ar.md"), "---\ntitle: قمة إقليمية في القاهرة لبحث أزمة المياه\ndate: 2024-05-02\n"
        + "source: Wire\ntags: [water]\nlang: ar\n---\n\nاجتمع وزراء من عدة دول عربية في القاهرة يوم الأحد لبحث أزمة المياه.\n");
    Files.writeString(input.resolve("zh.md"), "---\ntitle: 北京举行国际科技合作论坛\nlang: zh\ntags: [water]\n---\n\n"
        + "来自三十多个国家的代表周三在北京出席国际科技合作论坛。\n");
    Files.writeString(input.resolve("table.md"), "---\ntitle: Harbour budget\ndate: 2024-05-01\nsource: Wire\n---\n\n"
        + "The figures.\n\n| Item | 2024 |\n|---|---|\n| Dredging | 1.4 m |\n\nThe paragraph after the table.\n");
    site = tmp.resolve("site");
    new SiteBuilder().build(
        new BuildOptions(input, site, tmp.resolve("no-templates"), Optional.empty(), "Layout", false, false, 1),
        new Diagnostics());

    ChromeOptions options = env.options(tmp.resolve("profile"));
    driver = env.driver(options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
  }

  @Test
  void no_page_scrolls_sideways_and_its_heading_is_on_screen() throws Exception {
    List<String> pages = new ArrayList<>(List.of("index.html", "tags/water.html", "archive/index.html", "archive/2024.html", "sources/index.html"));
    try (var articles = Files.list(site.resolve("articles"))) {
      articles.map(p -> "articles/" + p.getFileName()).sorted().forEach(pages::add);
    }
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {390, 1280}) {
      driver.manage().window().setSize(new Dimension(width, 900));
      for (String page : pages) {
        driver.get(site.resolve(page).toUri().toString());
        Object wide = driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        Object heading = driver.executeScript(
            "const r = document.querySelector('h1').getBoundingClientRect();"
                + "return r.right > 0 && r.left < window.innerWidth && r.width > 0;");
        if (((Number) wide).intValue() > 0) problems.add(page + " at " + width + "px: " + wide + "px too wide");
        if (!Boolean.TRUE.equals(heading)) problems.add(page + " at " + width + "px: heading off screen");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void the_search_page_header_is_as_tall_as_every_other_pages() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    List<String> heights = new ArrayList<>();
    for (String page : List.of("index.html", "search.html", "archive/index.html")) {
      driver.get(site.resolve(page).toUri().toString());
      heights.add(page + " " + driver.executeScript("return document.querySelector('body > header').getBoundingClientRect().height;"));
    }
    String index = heights.get(0).substring(heights.get(0).indexOf(' '));
    assertEquals(List.of("index.html" + index, "search.html" + index, "archive/index.html" + index), heights);
  }

  @Test
  void a_table_keeps_a_paragraphs_space_from_the_next_paragraph() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(site.resolve("articles/harbour-budget.html").toUri().toString());
    Number gap = (Number) driver.executeScript(
        "const t = document.querySelector('.body table'); const p = t.nextElementSibling;"
            + "return p.getBoundingClientRect().top - t.getBoundingClientRect().bottom;");
    Number paragraphs = (Number) driver.executeScript(
        "const p = document.querySelector('.body p'); return p.nextElementSibling.getBoundingClientRect().top - p.getBoundingClientRect().bottom;");
    assertEquals(paragraphs.doubleValue(), gap.doubleValue(), 0.5, "the space below a table is the space below a paragraph");
  }

  @Test
  void search_results_arrive_without_moving_the_page_above_them() throws Exception {
    driver.manage().window().setSize(new Dimension(1280, 900));
    String where = "return document.getElementById('search-results').getBoundingClientRect().top;";
    driver.get(site.resolve("search.html").toUri().toString());
    double before = ((Number) driver.executeScript(where)).doubleValue();
    driver.get(site.resolve("search.html").toUri() + "?q=water");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (driver.findElements(org.openqa.selenium.By.cssSelector("#search-results li")).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    if (driver.findElements(org.openqa.selenium.By.cssSelector("#search-results li")).isEmpty()) fail("no results for water");
    assertEquals(before, ((Number) driver.executeScript(where)).doubleValue(), 0.5, "the status line had its space already");
  }
}
