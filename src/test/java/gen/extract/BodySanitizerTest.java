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

  /** A text article's body skips the Cleaner: it must come out exactly as through it. */
  @Test
  void plain_paragraphs_come_out_as_the_safelist_makes_them() {
    String[] pieces = {"word", " ", "<script>alert(1)</script>", "&amp;", "&", "<", ">", "\"", "'", "\u00A0", "\n",
      "é", "’", "\uD83D\uDE00", "</p><p>", "<!--", "-->", "\t", "]]>", "\r", "\u0001", "\u007F", "\u0085",
      "\u2028", "\uD800", "\uDC00x", "&nbsp;", "\u00AD", "\uFEFF", "\u200B"};
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 2000; round++) {
      org.jsoup.nodes.Document doc = org.jsoup.nodes.Document.createShell("");
      org.jsoup.nodes.Element article = doc.body().appendElement("article");
      int paragraphs = random.nextInt(5);
      for (int i = 0; i < paragraphs; i++) {
        org.jsoup.nodes.Element p = article.appendElement("p");
        int nodes = 1 + random.nextInt(3); // a paragraph may hold several text nodes side by side
        for (int k = 0; k < nodes; k++) {
          StringBuilder text = new StringBuilder();
          int parts = random.nextInt(8);
          for (int j = 0; j < parts; j++) text.append(pieces[random.nextInt(pieces.length)]);
          p.appendText(text.toString());
        }
      }
      org.junit.jupiter.api.Assertions.assertTrue(BodySanitizer.isPlainParagraphs(article));
      assertEquals(BodySanitizer.safelisted(article, ""), BodySanitizer.clean(article, ""), article.html());
    }
  }

  @Test
  void anything_but_plain_paragraphs_goes_through_the_safelist() {
    org.jsoup.nodes.Element body = Jsoup.parseBodyFragment("<p class=x>a</p>").body();
    org.junit.jupiter.api.Assertions.assertFalse(BodySanitizer.isPlainParagraphs(body));
    assertEquals("<p>a</p>", BodySanitizer.clean(body, ""));
    body = Jsoup.parseBodyFragment("<p>a<b>c</b></p>").body();
    org.junit.jupiter.api.Assertions.assertFalse(BodySanitizer.isPlainParagraphs(body));
    body = Jsoup.parseBodyFragment("<p>a<!-- c --></p>").body();
    org.junit.jupiter.api.Assertions.assertFalse(BodySanitizer.isPlainParagraphs(body));
    assertEquals("<p>a</p>", BodySanitizer.clean(body, ""));
  }
}
