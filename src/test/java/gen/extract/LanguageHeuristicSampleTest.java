package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LanguageHeuristicSampleTest {
  private static List<String> words(String s) {
    return Arrays.stream(s.trim().split("\\s+")).toList();
  }

  @Test
  void keeps_words_whole_across_inline_tags_and_apart_across_blocks() {
    Element body = Jsoup.parse("<p>The <b>min</b>ister said</p><p>that<br>the talks</p><ul><li>went</li><li>well</li></ul>").body();
    assertEquals(List.of("The", "minister", "said", "that", "the", "talks", "went", "well"), words(LanguageHeuristic.sample(body, 1000)));
    assertEquals(words(body.text()), words(LanguageHeuristic.sample(body, 1000)), "the same words as Element.text()");
  }

  @Test
  void stops_at_the_limit() {
    Element body = Jsoup.parse("<p>" + "word ".repeat(10_000) + "</p><p>never reached</p>").body();
    String sample = LanguageHeuristic.sample(body, 500);
    assertEquals(500, sample.length());
    assertTrue(!sample.contains("never"));
  }
}
