package gen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyLinksTest {
  static final Set<String> SITE = Set.of("index.html", "articles/a.html", "articles/b.html", "assets/style.css", "tags/index.html");

  private static Optional<String> broken(String href) {
    return BodyLinks.broken(href, "articles/a.html", SITE);
  }

  @Test
  void links_to_pages_of_the_site_are_fine() {
    assertEquals(Optional.empty(), broken("b.html"));
    assertEquals(Optional.empty(), broken("b.html#section"));
    assertEquals(Optional.empty(), broken("../index.html"));
    assertEquals(Optional.empty(), broken("../tags/"));
    assertEquals(Optional.empty(), broken("#top"));
  }

  @Test
  void links_to_other_sites_are_not_checked() {
    assertEquals(Optional.empty(), broken("https://example.org/missing"));
    assertEquals(Optional.empty(), broken("mailto:desk@example.org"));
    assertEquals(Optional.empty(), broken("//cdn.example.org/x.js"));
  }

  @Test
  void links_to_missing_pages_are_broken() {
    assertTrue(broken("c.html").orElseThrow().contains("no such page"));
    assertTrue(broken("../../outside.html").orElseThrow().contains("outside the site"));
    assertTrue(broken("/articles/b.html").orElseThrow().contains("starts with /"));
    assertTrue(broken("2024-01-02-other.md").isPresent());
  }

  @Test
  void reports_broken_links_and_images_of_an_article(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    String html = "<p><a href=\"b.html\">ok</a> <a href=\"gone.html\">gone</a> <img src=\"../assets/missing.png\"></p>";
    var a = Articles.article("a.md", "A", Optional.empty(), "x", html, java.util.Map.of());
    var out = new java.util.ArrayList<Finding>();
    BodyLinks.check(a, "", html, "articles/a.html", SITE, gen.read.LocalMedia.under(tmp), out);
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.stream().allMatch(f -> f.code().equals("broken-link")));
  }
}
