package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Blocks' shortcuts to a block's text against jsoup's own text() and wholeText(). */
class BlocksTest {
  private static final String[] TEXT = {
    "a", "Word", " ", "  ", "\n", "\t", "\r", "\f", "\u000B", "\u0001", "\u00A0", "\u00AD", "\u200B", "\u2003", "\u3000",
    "“q”", "é", "中文", "שלום", "مرحبا", "\uD835\uDC00", "\uD800", "&", "<"
  };

  @Test
  void the_text_of_a_block_is_what_jsoup_gives() {
    Random random = new Random(29);
    for (int round = 0; round < 20000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(8);
      for (int i = 0; i < parts; i++) text.append(TEXT[random.nextInt(TEXT.length)]);
      Element body = Jsoup.parse("").body();
      Element p = body.appendElement(random.nextBoolean() ? "p" : "pre");
      p.appendText(text.toString());
      if (random.nextInt(4) == 0) p.appendElement("b").appendText(text.toString());
      if (random.nextInt(4) == 0) body.appendText(" tail");
      if (random.nextInt(4) == 0) body.appendElement("span").appendText("next");
      assertEquals(p.text(), Blocks.text(p), text.toString());
      assertEquals(p.wholeText(), Blocks.wholeText(p), text.toString());
    }
  }

  @Test
  void a_line_break_element_is_left_to_jsoup() {
    Element br = Jsoup.parse("").body().appendElement("br");
    br.appendText("x");
    assertEquals(br.wholeText(), Blocks.wholeText(br));
    assertEquals(br.text(), Blocks.text(br));
  }
}
