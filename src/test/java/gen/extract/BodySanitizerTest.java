package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodySanitizerTest {
  private static String clean(String html) {
    return BodySanitizer.clean(Jsoup.parseBodyFragment(html).body(), "");
  }

  @Test
  void keeps_inline_pictures_but_no_other_data_urls() {
    assertEquals("<img src=\"data:image/gif;base64,R0lGOD\" alt=\"x\" loading=\"lazy\">",
        clean("<img src=\"data:image/gif;base64,R0lGOD\" alt=\"x\">"));
    assertEquals("", clean("<img src=\"data:text/html,&lt;script&gt;\">"));
    assertEquals("<a>x</a>", clean("<a href=\"data:text/html,x\">x</a>"));
  }

  @Test
  void drops_script_urls_handlers_and_active_elements() {
    assertEquals("<a>x</a><p>y</p>",
        clean("<a href=\" JaVa&#x09;ScRipT:alert(1)\" onclick=\"alert(1)\">x</a><p onmouseover=alert(1)>y</p>"
            + "<script>alert(1)</script><iframe src=x></iframe><object data=x></object><svg onload=alert(1)></svg>"));
    assertEquals("", clean("<img onerror=alert(1)>"));
  }
}
