package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Both bodies made in one pass against BodySanitizer.clean and BodyText.paragraphs. */
class PlainBodyTest {
  private static final String[] PIECES = {
    "word", "Word", " ", "  ", "\n", "\t", "\r", "\r\n", "\f", "\u000B", "\u0001", "\u00A0", "\u2003", "\u3000", "\u0085",
    "“q”", "é", "中文", "שלום", "مرحبا", "\uD835\uDC00", "&", "<", ">", "&amp;", "'", "\"", ".", ",", "="
  };

  private static Element body(Random random, int paragraphs) {
    Document doc = Document.createShell("");
    Element article = doc.body().appendElement("article");
    for (int k = 0; k < paragraphs; k++) {
      Element p = article.appendElement("p");
      int nodes = random.nextInt(10) == 0 ? random.nextInt(3) : 1;
      for (int j = 0; j < nodes; j++) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(12);
        for (int i = 0; i < parts; i++) text.append(PIECES[random.nextInt(random.nextInt(4) == 0 ? PIECES.length : 6)]);
        p.appendText(text.toString());
      }
    }
    return article;
  }

  @Test
  void both_bodies_are_those_made_apart() {
    Random random = new Random(53);
    int plain = 0;
    int textOfHtml = 0;
    for (int round = 0; round < 20000; round++) {
      Element body = body(random, random.nextInt(6));
      Optional<PlainBody> both = PlainBody.of(body);
      if (both.isEmpty()) continue;
      plain++;
      assertEquals(BodySanitizer.clean(body, ""), both.get().html(), body.outerHtml());
      assertEquals(BodyText.paragraphs(body), both.get().paragraphs(), body.outerHtml());
      byte[] ofHtml = gen.model.ParagraphText.of(both.get().html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] text = String.join("\n\n", both.get().paragraphs()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      if (both.get().textIsOfHtml()) {
        textOfHtml++;
        assertTrue(java.util.Arrays.equals(text, ofHtml), body.outerHtml());
      } else {
        assertTrue(ofHtml == null || !java.util.Arrays.equals(text, ofHtml) || both.get().paragraphs().isEmpty()
            || hasFoldedParagraphs(both.get()), "a text that is the HTML's paragraphs is said to be: " + body.outerHtml());
      }
    }
    assertTrue(plain > 5000, "most random bodies take the one pass: " + plain);
    assertTrue(textOfHtml > 100, "some have the HTML's paragraphs for text: " + textOfHtml);
  }

  /** Whether a paragraph was folded or trimmed: its text then only happens to match, or not. */
  private static boolean hasFoldedParagraphs(PlainBody body) {
    return body.paragraphs().stream().anyMatch(p -> !body.html().contains("<p>" + p + "</p>"));
  }

  @Test
  void a_body_that_is_not_plain_paragraphs_is_left_to_the_sanitizer() {
    Element body = Document.createShell("").body().appendElement("article");
    body.appendElement("p").appendText("text ").appendElement("b").appendText("bold");
    assertTrue(PlainBody.of(body).isEmpty());
    Element escaped = Document.createShell("").body().appendElement("article");
    escaped.appendElement("p").appendText("fish & chips");
    assertTrue(PlainBody.of(escaped).isEmpty());
  }
}
