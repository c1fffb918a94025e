package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
  private static Element first(String html) {
    return Jsoup.parse("<html><body>" + html + "</body></html>").body().child(0);
  }

  @Test
  void anIdThatRepeatsTheSectionHeadingIsNotARole() {
    Element section = first("<div class=section id=sharing-with-several-developers-code-review>"
        + "<h2>Sharing with several developers: code review</h2><p>Text.</p></div>");
    assertFalse(ClassHints.looksLikeFurniture(section));
    assertEquals(0, ClassHints.weight(section));
  }

  @Test
  void theSameWordsNamedWithoutSuchAHeadingStillMarkFurniture() {
    Element box = first("<div id=sharing-tools-bottom-bar><h2>Share this</h2><a href=/x>X</a></div>");
    assertTrue(ClassHints.looksLikeFurniture(box));
    assertTrue(ClassHints.weight(first("<div class=share-bar><p>x</p></div>")) < 0);
  }
}
