package gen.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParagraphTextTest {
  private static byte[] of(String html) {
    return ParagraphText.of(html.getBytes(UTF_8));
  }

  @Test
  void the_text_of_plain_paragraphs_is_their_contents_a_blank_line_apart() {
    assertArrayEquals("One.".getBytes(UTF_8), of("<p>One.</p>"));
    assertArrayEquals("“One” – é.\n\nTwo \uD83D\uDE00.".getBytes(UTF_8), of("<p>“One” – é.</p><p>Two \uD83D\uDE00.</p>"));
  }

  @Test
  void anything_else_has_no_such_text() {
    assertNull(of(""));
    assertNull(of("<p></p>"));
    assertNull(of("<p>a</p><p></p>"));
    assertNull(of("<p>a <b>b</b></p>"));
    assertNull(of("<p>a</p>tail"));
    assertNull(of("lead<p>a</p>"));
    assertNull(of("<p>a</p><div>b</div>"));
    assertNull(of("<p>a"));
    assertNull(of("<p class=\"x\">a</p>"));
  }
}
