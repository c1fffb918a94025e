package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReadAlsoLinesTest {
  private static String cleaned(String html) {
    Element c = Jsoup.parse("<div id=c>" + html + "</div>").getElementById("c");
    ReadAlsoLines.remove(c);
    return c.text();
  }

  @Test
  void aCueFollowedByALinkedHeadlineGoesInSeveralLanguages() {
    assertEquals("Text.", cleaned("<p>Text.</p><p>SEE MORE: <a href=/x>Protests: 800 students under siege</a></p>"));
    assertEquals("Texte.", cleaned("<p>Texte.</p><p>Lire aussi : <a href=/y>Les critiques de la CNIL contre le projet</a></p>"));
    assertEquals("Texto.", cleaned("<p>Texto.</p><div>Leia também: <a href=/z>Governo anuncia novo plano</a></div>"));
  }

  @Test
  void aSentenceThatStartsLikeACueStays() {
    String s = "<p>More: the council said it would <a href=/report>publish the report</a> on Friday after a long delay and much debate.</p>";
    assertEquals("More: the council said it would publish the report on Friday after a long delay and much debate.", cleaned(s));
    assertEquals("See also the annex.", cleaned("<p>See also the annex.</p>"));
  }
}
