package gen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gen.model.Diagnostics;
import gen.site.HostileArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens every page built from the hostile archive in headless Chromium, from {@code file://} and
 * over HTTP, hovers and clicks what an injected handler could hang on, and checks that no payload
 * ran: each would set {@code window.__pwned} and the title to {@code PWNED}. A canary proves the
 * check itself can see a script that runs.
 *
 * <p>Skipped with a message where no Chromium is installed, unless required (see {@link
 * BrowserEnvironment}).
 */
class HostileBrowserTest {
  @TempDir static Path tmp;
  static Path site;
  static ChromeDriver driver;
  static SiteServer server;

  @BeforeAll
  static void start() throws Exception {
    BrowserEnvironment env = BrowserEnvironment.requireOrSkip();
    Path in = HostileArchive.create(tmp.resolve("in"), false);
    site = tmp.resolve("site");
    HostileArchive.build(in, site, new Diagnostics());
    server = new SiteServer(site, "/archive/");
    ChromeOptions options = env.options(tmp.resolve("chrome-profile"));
    driver = env.driver(options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @Test
  void the_check_sees_a_script_that_runs() throws Exception {
    Path canary = tmp.resolve("canary.html");
    Files.writeString(canary, "<!DOCTYPE html><title>x</title><script>window.__pwned=1;document.title='PWNED'</script>");
    driver.get(canary.toUri().toString());
    assertEquals(List.of(canary.getFileName() + ": script ran"), ranOn(canary.getFileName().toString()));
  }

  @Test
  void no_injected_script_runs_from_file_urls() throws Exception {
    List<String> ran = new ArrayList<>();
    for (Path page : pages()) {
      driver.get(page.toUri().toString());
      ran.addAll(ranOn(site.relativize(page).toString()));
    }
    assertEquals(List.of(), ran);
  }

  @Test
  void no_injected_script_runs_over_http() throws Exception {
    List<String> ran = new ArrayList<>();
    for (Path page : pages()) {
      String rel = site.relativize(page).toString().replace('\\', '/');
      driver.get(server.baseUrl() + rel);
      ran.addAll(ranOn(rel));
    }
    assertEquals(List.of(), ran);
  }

  /** Pokes the page as a reader would, then reports whether anything injected ran. */
  private static List<String> ranOn(String name) throws InterruptedException {
    JavascriptExecutor js = driver;
    for (WebElement e : driver.findElements(By.cssSelector("main p, main a, main img, main details, main h1"))) {
      try {
        js.executeScript(
            "for (const t of ['mouseover','focus','click']) arguments[0].dispatchEvent(new Event(t, {bubbles:true}));"
                + " if (arguments[0].tagName === 'A' && !arguments[0].href.startsWith('http')) arguments[0].click();",
            e);
      } catch (RuntimeException ignored) {
        // a click that navigates away ends the poking; the checks below still run
      }
    }
    Thread.sleep(50); // let image errors and timers fire
    List<String> ran = new ArrayList<>();
    try {
      driver.switchTo().alert();
      ran.add(name + ": an alert opened");
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException expected) {
      // nothing opened
    }
    Object pwned = js.executeScript("return window.__pwned === 1 || document.title === 'PWNED';");
    if (Boolean.TRUE.equals(pwned)) ran.add(name + ": script ran");
    return ran;
  }

  private static List<Path> pages() throws Exception {
    try (Stream<Path> s = Files.walk(site)) {
      List<Path> pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      assertTrue(pages.size() > 20, "pages built: " + pages.size());
      return pages;
    }
  }
}
