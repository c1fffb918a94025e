package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {
  private static final String PROSE =
      "The council met on Tuesday evening, and after a long debate, it voted to close the old bridge to cars, "
          + "to open it to bicycles, and to ask the region for money. ";

  private static String part(String cls) {
    StringBuilder b = new StringBuilder("<div class=" + cls + ">");
    for (int i = 1; i <= 8; i++) b.append("<p>Paragraph ").append(i).append(". ").append(PROSE).append("</p>");
    return b.append("</div>").toString();
  }

  private static String deep(String text) {
    // Six wrappers deep: paragraph scores climb five levels, so the part itself gets none.
    return "<div class=a1><section class=a2><div class=a3><div class=a4><div class=a5><p>" + text + "</p></div></div></div></section></div>";
  }

  @Test
  void aPartBuiltLikeTheTopOneIsKeptEvenWhenItsParagraphsSitTooDeepToScore() {
    String parts = "<div class=part>" + deep("Intro. " + PROSE + PROSE) + "</div>" + part("part");
    Element body = Jsoup.parse("<html><body><div id=story>" + parts + "</div><div class=footer-links><a href=/a>About</a></div></body></html>").body();
    Element best = ContentScorer.best(body).orElseThrow();
    assertTrue(best.text().contains("Intro."), best.html());
    assertTrue(best.text().contains("Paragraph 8."), best.html());
  }

  @Test
  void aDifferentlyBuiltNeighbourIsNotTakenForAPart() {
    String parts = "<div class=sidebar-box>" + deep("Elsewhere. " + PROSE + PROSE) + "</div>" + part("part");
    Element body = Jsoup.parse("<html><body><div id=story>" + parts + "</div></body></html>").body();
    Element best = ContentScorer.best(body).orElseThrow();
    assertFalse(best.text().contains("Elsewhere."), best.normalName() + "." + best.className() + "#" + best.id() + " children " + best.children().stream().map(Element::className).toList());
  }
}
