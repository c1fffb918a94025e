package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodySanitizerRelativeLinksTest {
  private static String clean(String html) {
    return BodySanitizer.clean(Jsoup.parseBodyFragment(html).body(), "");
  }

  @Test
  void keeps_relative_links_and_images_without_a_base_uri() {
    assertEquals("<p><a href=\"other.html#part\">x</a></p>", clean("<p><a href=\"other.html#part\">x</a></p>"));
    assertEquals("<p><a href=\"../articles/a.html\">x</a></p>", clean("<p><a href=\"../articles/a.html\">x</a></p>"));
    assertEquals("<img src=\"pics/a.jpg\" loading=\"lazy\">", clean("<img src=\"pics/a.jpg\">"));
  }

  @Test
  void still_drops_script_urls_however_they_are_disguised() {
    assertEquals("<p><a>x</a></p>", clean("<p><a href=\"javascript:alert(1)\">x</a></p>"));
    assertEquals("<p><a>x</a></p>", clean("<p><a href=\"java&#9;script:alert(1)\">x</a></p>"));
    assertEquals("<p><a>x</a></p>", clean("<p><a href=\" JaVaScRiPt:alert(1)\">x</a></p>"));
    assertEquals("<p><a>x</a></p>", clean("<p><a href=\"vbscript:msgbox(1)\">x</a></p>"));
    assertEquals("<p><a>x</a></p>", clean("<p><a href=\"data:text/html,<script>alert(1)</script>\">x</a></p>"));
    assertEquals("", clean("<img src=\"javascript:alert(1)\">"));
  }

  @Test
  void absolute_web_and_mail_links_pass() {
    assertEquals(
        "<p><a href=\"https://example.com/\" rel=\"noopener noreferrer\">x</a> <a href=\"mailto:a@b.c\">m</a></p>",
        clean("<p><a href=\"https://example.com/\">x</a> <a href=\"mailto:a@b.c\">m</a></p>"));
  }
}
