package gen.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the headless Chromium and its ChromeDriver are, and whether the browser tests must run.
 * Given by the system properties {@code gen.browser.chrome} / {@code gen.browser.chromedriver} or
 * the environment variables {@code GEN_CHROME} / {@code GEN_CHROMEDRIVER}; else looked for at
 * Debian's paths. Nothing is ever downloaded.
 *
 * <p>The tests are required (a missing browser fails them) when the environment variable {@code
 * CI} is set or with {@code -Dgen.browser.required=true}; elsewhere they are skipped with a message.
 */
record BrowserEnvironment(Optional<Path> chrome, Optional<Path> chromedriver, boolean required) {
  static final String HOW_TO_ENABLE =
      "install Debian's packages (apt-get install chromium chromium-driver) or point"
          + " -Dgen.browser.chrome=... and -Dgen.browser.chromedriver=... (or GEN_CHROME / GEN_CHROMEDRIVER) at them";

  static BrowserEnvironment detect() {
    Optional<Path> chrome =
        find("gen.browser.chrome", "GEN_CHROME", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    Optional<Path> driver =
        find("gen.browser.chromedriver", "GEN_CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
    String ci = System.getenv("CI");
    boolean required = (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false"))
        || Boolean.parseBoolean(System.getProperty("gen.browser.required", "false"));
    return new BrowserEnvironment(chrome, driver, required);
  }

  /**
   * The browser for a test class's {@code @BeforeAll}: when it is missing, fails where the tests
   * are required and otherwise skips the class, printing how to enable it.
   */
  static BrowserEnvironment requireOrSkip() {
    BrowserEnvironment env = detect();
    if (env.available()) return env;
    if (env.required()) {
      org.junit.jupiter.api.Assertions.fail("Browser tests are required here (CI is set or -Dgen.browser.required=true) but "
          + env.missing() + ": " + HOW_TO_ENABLE);
    }
    String message = "Browser tests SKIPPED: " + env.missing() + ". To run them, " + HOW_TO_ENABLE + ".";
    System.out.println(message);
    org.junit.jupiter.api.Assumptions.abort(message);
    return env; // not reached: abort throws
  }

  /**
   * Headless Chromium options with the flags a closed network needs (no background networking,
   * no component updates or sync, which would otherwise try to reach hosts that are not there)
   * and a fresh profile folder.
   */
  org.openqa.selenium.chrome.ChromeOptions options(Path profile) throws java.io.IOException {
    var options = new org.openqa.selenium.chrome.ChromeOptions();
    options.setBinary(chrome.get().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(profile));
    return options;
  }

  /** A driver for these options; the driver's path is given, so Selenium Manager never downloads one. */
  org.openqa.selenium.chrome.ChromeDriver driver(org.openqa.selenium.chrome.ChromeOptions options) {
    var service = new org.openqa.selenium.chrome.ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    var driver = new org.openqa.selenium.chrome.ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(30));
    return driver;
  }

  boolean available() {
    return chrome.isPresent() && chromedriver.isPresent();
  }

  String missing() {
    if (chrome.isEmpty() && chromedriver.isEmpty()) return "no Chromium and no ChromeDriver found";
    return chrome.isEmpty() ? "no Chromium found" : "no ChromeDriver found";
  }

  /** A path given explicitly is the only one tried; otherwise the first default that exists. */
  private static Optional<Path> find(String property, String env, List<String> defaults) {
    Optional<String> given =
        Stream.of(System.getProperty(property), System.getenv(env)).filter(s -> s != null && !s.isBlank()).findFirst();
    return (given.isPresent() ? Stream.of(given.get()) : defaults.stream())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }
}
