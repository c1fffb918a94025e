package gen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gen.model.Diagnostics;
import gen.search.SearchTokenizer;
import gen.site.BuildOptions;
import gen.site.SiteBuilder;
import gen.testing.SyntheticArchive;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a built site in headless Chromium, from {@code file://} and from a local HTTP server under
 * {@code /archive/}, and uses it as a reader would: index, article, source page, back; a search
 * from the header, a hit opened; the keyboard through the results. Every page visited must log no
 * console error and every link and asset on it must resolve.
 *
 * <p>Skipped with a message where no Chromium is installed, unless required (see {@link
 * BrowserEnvironment}).
 */
class SiteBrowserTest {
  static final String SEED_TITLE =
      "Chinese President Xi Jinping joined Russian President Vladimir Putin in Moscow on Friday";
  static final String SEED_PAGE = "articles/chinese-president";
  /** In the seed article's body ("the Great Patriotic War"), not in its title. */
  static final String SEED_WORD = "patriotic";

  @TempDir static Path tmp;
  static ChromeDriver driver;
  static WebDriverWait wait;
  static SiteServer server;
  static Path site;
  static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final Set<String> checked = new HashSet<>();

  @BeforeAll
  static void start() throws Exception {
    BrowserEnvironment env = BrowserEnvironment.requireOrSkip();
    site = buildSite(tmp);
    server = new SiteServer(site, "/archive/");

    ChromeOptions options = env.options(tmp.resolve("chrome-profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = env.driver(options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  /** The repository's seeds, a page and a half of synthetic articles, and a few made to be hard. */
  static Path buildSite(Path tmp) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("input"));
    try (DirectoryStream<Path> seeds = Files.newDirectoryStream(Path.of("seeds"))) {
      for (Path p : seeds) if (Files.isRegularFile(p)) Files.copy(p, input.resolve(p.getFileName()));
    }
    new SyntheticArchive(42).write(input, 25);
    Files.writeString(input.resolve("zh-summit.md"), """
        ---
        title: 上海合作组织峰会在莫斯科举行
        date: 2024-05-09
        source: xinhua.net
        ---

        各国领导人在莫斯科出席峰会，讨论区域合作与发展。习近平主席发表讲话。
        """);
    Files.writeString(input.resolve("ja-coffee.md"), """
        ---
        title: 東京のコーヒー文化
        date: 2024-04-02
        ---

        東京ではコーヒーを飲む人が増えている。喫茶店の数も多い。
        """);
    Files.writeString(input.resolve("script-break.md"), """
        ---
        title: An article about escaping
        date: 2023-01-15
        ---

        The xylophonic text `</script><script>window.__pwned = 1</script>` and `<!-- a comment`
        must be escaped by the search index.
        """);
    Files.writeString(input.resolve("cite-me.md"), """
        ---
        title: Prices & {budgets} in 100% of_cases
        date: 2024-03-07
        authors: [Ana Diaz, Tom O'Neil]
        source: The Wire
        url: https://wire.example/2024/prices?id=1
        ---

        Budgets were discussed by the council, which met on Thursday.
        """);
    Path out = tmp.resolve("site");
    BuildOptions options =
        new BuildOptions(input, out, tmp.resolve("no-templates"), Optional.of("https://example.org/archive/"), "Browser test archive", false, false, 2);
    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder().build(options, diagnostics);
    assertEquals(0, diagnostics.errorCount(), () -> diagnostics.all().toString());
    return out;
  }

  static String fileBase() {
    String uri = site.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  @BeforeEach
  void drainConsole() {
    driver.manage().logs().get(LogType.BROWSER);
  }

  @Test
  void cite_this_article_offers_bibtex_made_in_the_browser_from_file_and_http() throws IOException {
    String page;
    try (var files = Files.list(site.resolve("articles"))) {
      page = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("prices-")).findFirst().orElseThrow();
    }
    String key = page.replace(".html", "").replaceAll("[^a-z0-9]", "");
    key = key.substring(0, Math.min(24, key.length())) + "2024";
    for (String base : List.of(fileBase(), server.baseUrl())) {
      driver.get(base + "articles/" + page);
      WebElement cite = driver.findElement(By.cssSelector("details.cite"));
      cite.findElement(By.tagName("summary")).click();
      String saved = cite.getAttribute("data-saved");
      WebElement bib = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("details.cite pre")));
      assertEquals(String.join("\n",
              "@misc{" + key + ",",
              "  author = {Ana Diaz and Tom O'Neil},",
              "  title = {{Prices \\& \\{budgets\\} in 100\\% of\\_cases}},",
              "  howpublished = {The Wire},",
              "  year = {2024},",
              "  month = mar,",
              "  date = {2024-03-07},",
              "  url = {https://wire.example/2024/prices?id=1},",
              "  urldate = {" + saved + "},",
              "  note = {Saved " + java.time.LocalDate.parse(saved).format(
                  java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)) + "}",
              "}"),
          bib.getText());
      assertEquals(List.of("Plain text", "BibTeX"), cite.findElements(By.tagName("h2")).stream().map(h -> h.getAttribute("textContent")).toList());
      assertTrue(cite.findElement(By.tagName("p")).getText().startsWith("Ana Diaz, Tom O'Neil. “Prices & {budgets}"));
      checkPage();
    }
  }

  @Test
  void reader_can_browse_and_search_from_file_urls() {
    browseAndSearch(fileBase());
  }

  @Test
  void reader_can_browse_and_search_over_http_under_a_sub_path() {
    browseAndSearch(server.baseUrl());
    assertEquals(List.of(), server.failures(), "every request the browser made was answered");
  }

  private void browseAndSearch(String base) {
    driver.get(base + "index.html");
    checkPage();
    // The seed is undated, so it is listed last: page through the index to it.
    while (driver.findElements(By.cssSelector("main a[href*='" + SEED_PAGE + "']")).isEmpty()) {
      String before = driver.getCurrentUrl();
      driver.findElement(By.cssSelector("a[rel=next]")).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
      checkPage();
    }
    String indexUrl = driver.getCurrentUrl();
    driver.findElement(By.cssSelector("main a[href*='" + SEED_PAGE + "']")).click();
    wait.until(ExpectedConditions.urlContains(SEED_PAGE));
    assertEquals(SEED_TITLE, driver.findElement(By.tagName("h1")).getText());
    checkPage();
    String articleUrl = driver.getCurrentUrl();

    Optional<WebElement> sourceLink =
        driver.findElements(By.cssSelector("main a[href*='sources/']")).stream()
            .filter(a -> a.getAttribute("href").startsWith(base) && !a.getAttribute("href").endsWith("sources/index.html"))
            .findFirst();
    if (sourceLink.isPresent()) {
      sourceLink.get().click();
      wait.until(ExpectedConditions.urlContains("sources/"));
      checkPage();
      assertFalse(driver.findElements(By.cssSelector("a[href*='" + SEED_PAGE + "']")).isEmpty(), "source page lists the article");
      driver.navigate().back();
      wait.until(ExpectedConditions.urlToBe(articleUrl));
    } else {
      System.out.println("Browser test: this theme has no source pages (sources/...) to follow; skipped that step.");
    }
    driver.navigate().back();
    wait.until(ExpectedConditions.urlToBe(indexUrl));
    driver.navigate().forward();
    wait.until(ExpectedConditions.urlToBe(articleUrl));

    // Search from the header form, open the hit, come back to the results.
    WebElement q = driver.findElement(By.cssSelector("header form[role=search] input[name=q]"));
    q.sendKeys(SEED_WORD, Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("search.html?q=" + SEED_WORD));
    WebElement hit = waitForHit(SEED_PAGE);
    String marked = driver.findElement(By.cssSelector("#search-results mark")).getText();
    assertEquals(SEED_WORD, marked.toLowerCase(java.util.Locale.ROOT), "the snippet highlights the word");
    checkPage();
    hit.click();
    wait.until(ExpectedConditions.urlContains(SEED_PAGE));
    assertEquals(SEED_TITLE, driver.findElement(By.tagName("h1")).getText());
    driver.navigate().back();
    wait.until(ExpectedConditions.urlContains("search.html?q=" + SEED_WORD));
    waitForHit(SEED_PAGE);
    assertEquals(SEED_WORD, driver.findElement(By.id("search-q")).getAttribute("value"), "the query survives back");
    checkPage();
  }

  @Test
  void finds_chinese_and_japanese_words_inside_unspaced_text() {
    search(server.baseUrl(), "合作");
    assertTrue(waitForHit("articles/").getText().contains("上海合作组织峰会"));
    assertEquals("合作", driver.findElement(By.cssSelector("#search-results .search-snippet mark")).getText());
    checkPage();
    search(server.baseUrl(), "习近平");
    waitForHit("articles/");
    assertEquals("习近平", driver.findElement(By.cssSelector("#search-results .search-snippet mark")).getText(), "one mark for the word");
    search(server.baseUrl(), "峰");
    assertTrue(waitForHit("articles/").getText().contains("上海合作组织峰会"), "one character finds it inside a longer run");
    checkPage();
    search(server.baseUrl(), "コーヒー");
    assertEquals("東京のコーヒー文化", waitForHit("articles/").getText());
    checkPage();
  }

  @Test
  void script_in_an_article_is_shown_as_text_and_never_runs() {
    search(fileBase(), "xylophonic");
    waitForHit("articles/");
    String snippet = driver.findElement(By.cssSelector("#search-results .search-snippet")).getText();
    assertTrue(snippet.contains("</script><script>window.__pwned = 1</script>"), snippet);
    assertEquals(Boolean.TRUE, js("return window.__pwned === undefined;"));
    checkPage();
  }

  @Test
  void keyboard_moves_through_results_and_more_results_load_on_demand() {
    // "ba" is the synthetic vocabulary's most common word: every synthetic article has it.
    search(server.baseUrl(), "ba");
    waitForHit("articles/");
    List<WebElement> links = driver.findElements(By.cssSelector("#search-results a"));
    assertEquals(10, links.size(), "one page of results at first");
    WebElement input = driver.findElement(By.id("search-q"));
    input.click();
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(links.get(0), driver.switchTo().activeElement());
    assertTrue(!"none".equals(js("return getComputedStyle(document.activeElement).outlineStyle;")), "focus is visible");
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertEquals(links.get(1), driver.switchTo().activeElement());
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertEquals(input, driver.switchTo().activeElement());

    driver.findElement(By.id("search-more")).click();
    wait.until(d -> d.findElements(By.cssSelector("#search-results a")).size() == 20);
    assertEquals(
        driver.findElements(By.cssSelector("#search-results a")).get(10), driver.switchTo().activeElement(),
        "focus moves to the first new result");
    long termScripts = (Long) js("return document.querySelectorAll('script[src*=\"search/terms/\"]').length;");
    assertEquals(1, termScripts, "a one-word query loads one shard");
    Set<String> shownBundles = new TreeSet<>();
    for (WebElement a : driver.findElements(By.cssSelector("#search-results a"))) {
      shownBundles.add(bundleHolding(a.getAttribute("href").substring(server.baseUrl().length())));
    }
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) js(
        "return Array.from(document.querySelectorAll('script[src*=\"search/docs/\"]'), s => s.getAttribute('src'));");
    Set<String> loadedBundles = new TreeSet<>();
    for (String src : loaded) loadedBundles.add(src.substring(src.indexOf("search/docs/"), src.indexOf('?')));
    assertEquals(loaded.size(), loadedBundles.size(), "no bundle loaded twice: " + loaded);
    assertEquals(shownBundles, loadedBundles, "only the bundles of the documents shown are loaded");
    String target = links.get(0).getAttribute("href");
    driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    input.click();
    input.sendKeys(Keys.ARROW_DOWN);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(target));
    checkPage();
  }

  @Test
  void browser_tokenizer_agrees_with_the_index_builder() {
    driver.get(server.baseUrl() + "search.html");
    String sample =
        "Zürich Straße Łódź ＡＢＣ１２３ Oﬃce 习近平出席峰会 東京のコーヒー ﾃﾚﾋﾞ ไทย 서울 नमस्ते"
            + " كَتَبَ שָׁלוֹם Ёлка Αθήνα Οδυσσεύς SEVİLLA don't U.N. 2024 l'homme naïve café";
    assertEquals(SearchTokenizer.terms(sample), js("return window.__genSearch.terms(arguments[0]);", sample));
    assertEquals(SearchTokenizer.indexTerms(sample), js("return window.__genSearch.indexTerms(arguments[0]);", sample));
    checkPage();
  }

  // ---- helpers ----

  /** The search bundle of the built site that holds the document of the page at {@code path}. */
  private static String bundleHolding(String path) {
    try (var files = Files.walk(site.resolve("search/docs"))) {
      List<Path> holding = new ArrayList<>();
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        // A row is [title, slug, date, source, text] for the page articles/<slug>.html.
        String slug = path.substring("articles/".length(), path.length() - ".html".length());
        if (Files.readString(f).contains("\",\"" + slug + "\",\"")) holding.add(f);
      }
      assertEquals(1, holding.size(), path + " in " + holding);
      return site.relativize(holding.get(0)).toString().replace('\\', '/');
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private void search(String base, String query) {
    driver.get(base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  /** Waits for the search to finish, fails on console errors, then gives the first matching hit. */
  private WebElement waitForHit(String hrefPart) {
    wait.until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("search-status")), "data-state"));
    checkConsole();
    WebElement status = driver.findElement(By.id("search-status"));
    assertEquals("done", status.getAttribute("data-state"), status.getText());
    List<WebElement> hits = driver.findElements(By.cssSelector("#search-results a[href*='" + hrefPart + "']"));
    assertFalse(hits.isEmpty(), "no hit linking to " + hrefPart + ": " + status.getText());
    return hits.get(0);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** No console errors so far, and every link and asset of the current page resolves. */
  private void checkPage() {
    checkConsole();
    checkLinks();
  }

  private void checkConsole() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(e.getLevel() + " " + e.getMessage());
    }
    assertEquals(List.of(), errors, "console of " + driver.getCurrentUrl());
  }

  private void checkLinks() {
    @SuppressWarnings("unchecked")
    List<String> urls =
        (List<String>) js(
            "return Array.from(document.querySelectorAll('a[href],link[href],script[src],img[src],source[src],iframe[src]'),"
                + " e => e.href || e.src);");
    List<String> broken = new ArrayList<>();
    for (String url : urls) {
      String target = url.replaceAll("#.*$", "");
      if (!checked.add(target)) continue;
      brokenReason(target).ifPresent(reason -> broken.add(target + " (" + reason + ")"));
    }
    assertEquals(List.of(), broken, "broken links on " + driver.getCurrentUrl());
  }

  private Optional<String> brokenReason(String url) {
    URI uri = URI.create(url);
    if ("file".equals(uri.getScheme())) {
      Path p = Path.of(URI.create("file://" + uri.getRawPath()));
      return Files.isRegularFile(p) ? Optional.empty() : Optional.of("no such file");
    }
    if ("http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost())) {
      try {
        HttpResponse<Void> r =
            http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200 ? Optional.empty() : Optional.of("HTTP " + r.statusCode());
      } catch (IOException e) {
        return Optional.of(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted");
      }
    }
    return Optional.empty(); // the web outside: not this site's to check, and no network here
  }
}
