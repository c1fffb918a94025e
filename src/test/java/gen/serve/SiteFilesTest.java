package gen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteFilesTest {
  @TempDir Path tmp;
  Path site;
  SiteFiles files;

  @BeforeEach
  void setUp() throws Exception {
    site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "home");
    Files.createDirectories(site.resolve("articles"));
    Files.writeString(site.resolve("articles/a b.html"), "a");
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    files = new SiteFiles(site);
  }

  @Test
  void decodes_percent_escapes_in_segments() {
    assertEquals(Optional.of(List.of("articles", "a b.html")), SiteFiles.segments("/articles/a%20b.html"));
    assertEquals(Optional.of(List.of("a+b")), SiteFiles.segments("/a+b"), "a plus is a plus in a path");
    assertEquals(Optional.of(List.of("é")), SiteFiles.segments("/%C3%A9"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
      "/articles/..%2f..%2fsecret.txt", "/articles%5c..%5c..%5csecret.txt", "/..\\secret.txt", "/a%00b", "/%zz", "/%c3",
      "/./index.html", "/C:/x"})
  void rejects_paths_that_could_leave_the_site(String raw) {
    assertTrue(SiteFiles.segments(raw).isEmpty(), raw);
    assertInstanceOf(SiteFiles.Rejected.class, files.lookup(raw, ""), raw);
  }

  @Test
  void serves_index_html_for_a_folder_and_redirects_without_the_slash() {
    assertEquals(new SiteFiles.Found(realPath(site.resolve("index.html"))), files.lookup("/", ""));
    assertEquals(new SiteFiles.Redirect("/repo/articles/"), files.lookup("/articles", "/repo"));
    assertInstanceOf(SiteFiles.Missing.class, files.lookup("/articles/", ""), "a folder without index.html");
    assertInstanceOf(SiteFiles.Missing.class, files.lookup("/nope.html", ""));
  }

  @Test
  void refuses_a_symbolic_link_that_points_outside_the_site() throws Exception {
    Files.createSymbolicLink(site.resolve("leak.txt"), tmp.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("up"), tmp);
    assertInstanceOf(SiteFiles.Rejected.class, files.lookup("/leak.txt", ""));
    assertInstanceOf(SiteFiles.Rejected.class, files.lookup("/up/secret.txt", ""));
  }

  @Test
  void follows_a_symbolic_link_that_stays_inside_the_site() throws Exception {
    Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
    assertInstanceOf(SiteFiles.Found.class, files.lookup("/home.html", ""));
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
