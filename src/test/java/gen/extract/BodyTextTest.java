package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.text.RandomPieces;
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
      String t = RandomPieces.text(random, pieces, 12);
      assertEquals(t.replaceAll("[\\s\\u00A0]+", " "), BodyText.collapseSpaces(t), t);
    }
  }

  /** The walk as it was, through one builder, for comparison. */
  private static List<String> reference(org.jsoup.nodes.Element body) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    java.util.Set<String> blocks = java.util.Set.of(
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figure", "figcaption", "section", "article",
        "header", "footer", "aside", "main", "nav", "address", "hr", "br", "details", "summary",
        "caption", "td", "th");
    org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node == body) return;
        if (node instanceof org.jsoup.nodes.TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof org.jsoup.nodes.Element e) {
          if (blocks.contains(e.normalName())) flush(out, current);
          if (e.normalName().equals("td") || e.normalName().equals("th")) current.append(' ');
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node != body && node instanceof org.jsoup.nodes.Element e && blocks.contains(e.normalName())) flush(out, current);
      }
    }, body);
    flush(out, current);
    return out;
  }

  private static void flush(List<String> out, StringBuilder current) {
    String text = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!text.isEmpty()) out.add(text);
    current.setLength(0);
  }

  @Test
  void paragraphs_are_those_one_builder_made() {
    String[] pieces = {
      "<p>", "</p>", "<b>", "</b>", "<br>", "<li>", "<td>", "<th>", "<tr>", "<table>", "</table>", "<div>", "</div>",
      "a", "é", "“q”", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\u00A0", "\u2003", "\u3000", "x y", "中文", "\uD835\uDC00", "\u0085"
    };
    Random random = new Random(19);
    for (int round = 0; round < 5000; round++) {
      StringBuilder html = new StringBuilder();
      int parts = random.nextInt(40);
      for (int i = 0; i < parts; i++) html.append(pieces[random.nextInt(pieces.length)]);
      var body = Jsoup.parse(html.toString()).body();
      assertEquals(reference(body), BodyText.paragraphs(body), html.toString());
    }
  }

  @Test
  void a_text_article_paragraph_needing_no_change_is_kept_as_it_is() {
    var body = Jsoup.parse("").body();
    String line = "A line “as read” with single spaces.";
    body.appendElement("p").text(line);
    org.junit.jupiter.api.Assertions.assertSame(line, BodyText.paragraphs(body).get(0));
  }
}
