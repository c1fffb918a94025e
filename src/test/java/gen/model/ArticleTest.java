package gen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static final List<String> BODIES = List.of(
      "", "<p>Plain ASCII.</p>", "<p>“Curly” quotes — and a dash.</p>", "<p>Ελληνικά και русский</p>",
      "<p>中文正文，全是宽字符。</p>", "<p>Emoji 😀 and 𝄞 outside the basic plane</p>", "é");

  private static Article fromString(String body) {
    return TestArticles.article("a").body(body).build();
  }

  @Test
  void an_article_made_from_the_utf8_of_a_body_is_the_one_made_from_the_string() {
    for (String body : BODIES) {
      Article s = TestArticles.article("a").body(body).build();
      Article u = Article.ofUtf8(s.file(), s.meta(), s.slug(), body.getBytes(StandardCharsets.UTF_8),
          s.bodyText().getBytes(StandardCharsets.UTF_8));
      assertEquals(s, u, body);
      assertEquals(s.hashCode(), u.hashCode(), body);
      assertEquals(body, u.bodyHtml());
      assertEquals(s.bodyText(), u.bodyText());
      assertEquals(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), u.bodyHtmlUtf8());
      assertEquals(s.bodyHtmlUtf8(), u.bodyHtmlUtf8());
    }
  }

  /** Bodies kept apart, counting how often they are read. */
  private static final class CountingBodies implements StoredBodies {
    final byte[] html;
    final byte[] text;
    int reads;

    CountingBodies(String html, String text) {
      this.html = html.getBytes(StandardCharsets.UTF_8);
      this.text = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] html() {
      reads++;
      return html.clone();
    }

    @Override
    public byte[] text() {
      reads++;
      return text.clone();
    }

    @Override
    public byte[] htmlPrint() {
      return new gen.text.Fingerprint().add(html).bytes();
    }

    @Override
    public byte[] textPrint() {
      return new gen.text.Fingerprint().add(text).bytes();
    }

    @Override
    public boolean htmlHasAttributeValues() {
      return new String(html, StandardCharsets.UTF_8).contains("=\"");
    }
  }

  @Test
  void an_article_with_stored_bodies_is_the_one_holding_them_and_is_compared_without_reading_them() {
    List<String> bodies = new java.util.ArrayList<>(BODIES);
    bodies.add("<p><a href=\"x.html\">a link</a></p>");
    for (String body : bodies) {
      Article s = TestArticles.article("a").body(body).build();
      CountingBodies kept = new CountingBodies(body, s.bodyText());
      Article stored = Article.stored(s.file(), s.meta(), s.slug(), kept);
      assertEquals(s, stored, body);
      assertEquals(stored, s, body);
      assertEquals(s.hashCode(), stored.hashCode(), body);
      assertEquals(ByteBuffer.wrap(s.bodyHtmlPrint()), ByteBuffer.wrap(stored.bodyHtmlPrint()));
      assertEquals(ByteBuffer.wrap(s.bodyTextPrint()), ByteBuffer.wrap(stored.bodyTextPrint()));
      assertEquals(s.bodyHtmlHasAttributeValues(), stored.bodyHtmlHasAttributeValues(), body);
      assertEquals(s.withSlug("b"), stored.withSlug("b"));
      assertEquals(0, kept.reads, "compared and hashed without reading the bodies");

      assertEquals(body, stored.bodyHtml());
      assertEquals(s.bodyText(), stored.bodyText());
      assertEquals(s.bodyHtmlUtf8(), stored.bodyHtmlUtf8());
      assertEquals(s.bodyTextUtf8(), stored.bodyTextUtf8());
      assertEquals(s.isBodyTextBlank(), stored.isBodyTextBlank());
      assertTrue(kept.reads > 0);
    }
    Article one = TestArticles.article("a").body("<p>One.</p>").build();
    Article other = Article.stored(one.file(), one.meta(), one.slug(), new CountingBodies("<p>Two.</p>", "Two."));
    assertFalse(one.equals(other), "other bodies, other article");
  }

  @Test
  void bytes_that_are_not_utf8_give_the_article_of_their_decoded_string() {
    List<byte[]> bad = List.of(
        new byte[] {(byte) 0xC3}, // cut
        new byte[] {(byte) 0xC0, (byte) 0x80}, // overlong
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
        new byte[] {'a', (byte) 0x80, 'b'});
    for (byte[] b : bad) {
      String decoded = new String(b, StandardCharsets.UTF_8);
      Article made = fromString(decoded);
      Article s = new Article(made.file(), made.meta(), made.slug(), decoded, decoded);
      Article u = Article.ofUtf8(s.file(), s.meta(), s.slug(), b.clone(), b.clone());
      assertEquals(s, u);
      assertEquals(s.hashCode(), u.hashCode());
    }
  }

  @Test
  void the_text_body_in_utf8_and_its_blankness_are_the_strings() {
    List<String> texts = List.of("", " ", "  \n\t ", "x", "  x", "\u3000", "\u00A0", " \u2003 ", "\u007F", "\u0001 ",
        "“Curly”", "\n\nΕλληνικά", "😀");
    for (String text : texts) {
      Article a = new Article(fromString("<p>x</p>").file(), fromString("<p>x</p>").meta(), "a", "<p>x</p>", text);
      assertEquals(text.isBlank(), a.isBodyTextBlank(), "\"" + text + "\"");
      assertEquals(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), a.bodyTextUtf8(), text);
    }
  }

  @Test
  void utf16_length_counts_chars_and_refuses_what_is_not_utf8() {
    for (String body : BODIES) assertEquals(body.length(), Utf8.utf16Length(body.getBytes(StandardCharsets.UTF_8)), body);
    assertEquals(-1, Utf8.utf16Length(new byte[] {(byte) 0xE2, (byte) 0x80}));
    assertEquals(-1, Utf8.utf16Length(new byte[] {(byte) 0xFF}));
  }

  @Test
  void the_body_is_searched_for_ascii_in_either_form() {
    for (String body : List.of("<p>a <a href=\"x\">link</a> “q”</p>", "<p>中文 <img src=\"p.png\"></p>")) {
      Article a = fromString(body);
      assertTrue(a.bodyHtmlContains("=\""), body);
      assertTrue(a.bodyHtmlContains("<p>"), body);
      assertFalse(a.bodyHtmlContains("srcset"), body);
    }
    assertFalse(fromString("<p>no attributes</p>").bodyHtmlContains("=\""));
    assertFalse(fromString("").bodyHtmlContains("<"));
  }
}
