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

  /** The sample as it was built, through a StringBuilder, for comparison. */
  private static String reference(Element body, int limit) {
    StringBuilder sb = new StringBuilder();
    body.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof org.jsoup.nodes.TextNode t) sb.append(t.getWholeText());
        else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) sb.append(' ');
        return sb.length() >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) sb.append(' ');
        return FilterResult.CONTINUE;
      }
    });
    return sb.length() > limit ? sb.substring(0, limit) : sb.toString();
  }

  @Test
  void the_sample_and_its_language_are_those_the_builder_made() {
    String[] pieces = {
      "<p>", "</p>", "<b>", "</b>", "<br>", "<li>", "the ", "minister ", "der ", "und ", "“quoted” ", "中文的",
      "ひらがな", "한국어 ", "שלום ", "مرحبا في ", "\uD835\uDC00", "\n", "  ", "\u00A0", "é", "ß", "<div>", "</div>"
    };
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 3000; round++) {
      StringBuilder html = new StringBuilder();
      int parts = random.nextInt(60);
      for (int i = 0; i < parts; i++) html.append(pieces[random.nextInt(pieces.length)]);
      Element body = Jsoup.parse(html.toString()).body();
      for (int limit : new int[] {1, 2, 3, 7, 16, 50, 4097, LanguageHeuristic.SAMPLE}) {
        String expected = reference(body, limit);
        LanguageHeuristic.Sample sample = LanguageHeuristic.Sample.of(body, limit);
        assertEquals(expected, new String(sample.chars(), 0, sample.length()), html + " @" + limit);
        assertEquals(LanguageDetector.detect(expected), LanguageDetector.detect(sample.chars(), sample.length()), html + " @" + limit);
      }
    }
  }

  @Test
  void a_long_body_is_sampled_as_the_builder_sampled_it() {
    Element body = Jsoup.parse("<p>" + "the word “ünd” 字 ".repeat(5_000) + "</p><p>never reached</p>").body();
    LanguageHeuristic.Sample sample = LanguageHeuristic.Sample.of(body, LanguageHeuristic.SAMPLE);
    assertEquals(reference(body, LanguageHeuristic.SAMPLE), new String(sample.chars(), 0, sample.length()));
  }

  @Test
  void a_body_of_plain_paragraphs_is_sampled_as_the_walk_sampled_it() {
    String[] pieces = {"the ", "minister ", "“quoted” ", "中文的", "\uD835\uDC00", "\n", "  ", "\u00A0", "é", "word"};
    java.util.Random random = new java.util.Random(61);
    for (int round = 0; round < 3000; round++) {
      Element article = org.jsoup.nodes.Document.createShell("").body().appendElement("article");
      int paragraphs = random.nextInt(6);
      for (int k = 0; k < paragraphs; k++) {
        Element p = article.appendElement("p");
        int nodes = random.nextInt(8) == 0 ? random.nextInt(3) : 1;
        for (int j = 0; j < nodes; j++) {
          StringBuilder text = new StringBuilder();
          int parts = random.nextInt(12);
          for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
          p.appendText(text.toString());
        }
      }
      for (int limit : new int[] {0, 1, 2, 3, 7, 16, 50, 4097, LanguageHeuristic.SAMPLE}) {
        LanguageHeuristic.Sample sample = LanguageHeuristic.Sample.of(article, limit);
        assertEquals(reference(article, limit), new String(sample.chars(), 0, sample.length()), article.outerHtml() + " @" + limit);
      }
    }
  }
}
