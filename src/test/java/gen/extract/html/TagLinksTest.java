package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TagLinksTest {
  private static Element content(String html) {
    Element body = Jsoup.parse("<html><body><div id=c>" + html + "</div></body></html>").body();
    Element c = body.getElementById("c");
    TagLinks.remove(c);
    return c;
  }

  @Test
  void aBlockOfTagLinksGoesWithItsLabel() {
    Element c = content("<p>The race calendar was published in January.</p>"
        + "<p id=t>Temas: <a rel=tag href=/t/a>stock car</a>, <a rel=tag href=/t/b>interlagos</a>, <a rel=tag href=/t/c>calendar</a></p>");
    assertNull(c.getElementById("t"), c.html());
    assertEquals("The race calendar was published in January.", c.text());
  }

  @Test
  void listsOfTagsGoUpToTheirWrapper() {
    Element c = content("<p>Text of the article.</p><ul id=u><li><a rel=tag href=/a>one</a></li><li><a rel=tag href=/b>two</a></li></ul>");
    assertNull(c.getElementById("u"), c.html());
  }

  @Test
  void aSentenceWithATagLinkKeepsItsOtherWords() {
    Element c = content("<p id=p>This story is part of our coverage of <a rel=tag href=/t/elections>the elections</a> in the north of the country.</p>");
    assertEquals("This story is part of our coverage of in the north of the country.", c.getElementById("p").text());
  }

  @Test
  void ordinaryLinksAreUntouched() {
    Element c = content("<p>See <a href=/report rel=nofollow>the report</a>.</p>");
    assertEquals("See the report.", c.text());
  }
}
