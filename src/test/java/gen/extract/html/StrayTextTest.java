package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StrayTextTest {
  private static Element wrapped(String bodyHtml) {
    Element body = Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body();
    StrayText.wrap(body);
    return body;
  }

  @Test
  void textBesideBlocksBecomesParagraphsSplitAtDoubleLineBreaks() {
    Element body = wrapped("<div id=c><h2>Headline</h2>The team found two cars broken into this morning."
        + "<br><br>The police came to see the damage and took a report.<br><br><br><div>share</div></div>");
    var paragraphs = body.select("#c > p");
    assertEquals(2, paragraphs.size(), body.html());
    assertEquals("The team found two cars broken into this morning.", paragraphs.get(0).text());
    assertEquals("The police came to see the damage and took a report.", paragraphs.get(1).text());
    assertEquals("share", body.selectFirst("#c > div").text(), "blocks stay where they were");
  }

  @Test
  void inlineElementsStayInsideTheirRunAndInOrder() {
    Element body = wrapped("<div id=c><p>First paragraph.</p>Text with <a href=/x>a link</a> and <b>bold</b> words in it.</div>");
    Element p = body.select("#c > p").get(1);
    assertEquals("Text with a link and bold words in it.", p.text());
    assertEquals("a", p.child(0).normalName());
  }

  @Test
  void shortLabelsAndContainersWithoutBlocksAreLeftAlone() {
    Element body = wrapped("<div id=a><p>Some paragraph of text here.</p>Tags: x</div>"
        + "<div id=b>Only inline text in this container, which scores as a paragraph already.</div>");
    assertEquals(1, body.select("#a p").size(), body.html());
    assertEquals(0, body.select("#b p").size(), body.html());
  }
}
