package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodyTextTest {
  @Test
  void one_paragraph_per_block_with_spaces_collapsed() {
    var body = Jsoup.parse("<p>One \n\t two\u00A0\u00A0three </p><div>  <p>Four</p> five<br>six</div>").body();
    assertEquals(List.of("One two three", "Four", "five", "six"), BodyText.paragraphs(body));
  }

  @Test
  void collapsing_spaces_is_the_regex_it_replaces() {
    String[] pieces = {"a", "é", " ", "  ", "\n", "\t", "\r\n", "\f", "\u000B", "\u00A0", "\u2003", "\u3000", "x y", "\u0085"};
    Random random = new Random(7);
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(12);
      for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
      String t = text.toString();
      assertEquals(t.replaceAll("[\\s\\u00A0]+", " "), BodyText.collapseSpaces(t), t);
    }
  }
}
