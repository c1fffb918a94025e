package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RepeatedBlocksTest {
  private static Element content(String html) {
    Element c = Jsoup.parse("<html><body><div id=c>" + html + "</div></body></html>").body().getElementById("c");
    RepeatedBlocks.remove(c);
    return c;
  }

  @Test
  void aCaptionPrintedAgainIsKeptOnce() {
    String caption = "<figcaption>The minister shakes hands with his host in Hanoi.</figcaption>";
    Element c = content("<figure>" + caption + "</figure><p>The minister spoke for an hour.</p><figure>" + caption + "</figure>");
    assertEquals(1, c.select("figcaption").size(), c.html());
    assertEquals(1, c.select("p").size());
  }

  @Test
  void aParagraphAndTheSpanThatWrapsItsTextAreOneLine() {
    Element c = content("<p><span>Every word of this paragraph sits inside one span.</span></p><p>Another paragraph follows here.</p>");
    assertEquals("Every word of this paragraph sits inside one span. Another paragraph follows here.", c.text());
  }

  @Test
  void theSameQuestionPutToEachGuestStays() {
    String q = "<p>What made you start cooking for other people?</p>";
    Element c = content(q + "<p>My grandmother did.</p>" + q + "<p>A friend asked me to.</p>");
    assertEquals(4, c.select("p").size(), c.html());
  }

  @Test
  void aLongParagraphPrintedTwiceIsKeptOnce() {
    String lede = "<p>" + "The manager had been out of work since he was sacked in December, and he said on Friday that he"
        + " was ready to return to the game after a long rest with his family.</p>";
    Element c = content(lede + "<p>He starts on Monday.</p>" + lede);
    assertEquals(2, c.select("p").size(), c.html());
  }

  @Test
  void shortRepeatedLabelsAndDifferentLinesStay() {
    Element c = content("<p>Step one</p><p>Mix the flour and the water well.</p><p>Step one</p><p>Mix the flour and the milk well.</p>");
    assertEquals(4, c.select("p").size(), c.html());
  }
}
