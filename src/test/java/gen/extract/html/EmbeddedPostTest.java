package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EmbeddedPostTest {
  private static Element first(String html) {
    return Jsoup.parse("<html><body>" + html + "</body></html>").body().child(0);
  }

  @Test
  void aSocialEmbedAroundAQuotedPostIsThePost() {
    Element embed = first("<div class=social-media-embed><blockquote class=twitter-tweet><p>Yes this is real and the state"
        + " spent half a million dollars on it</p>— A Reader (@reader) <a href=https://twitter.com/x>November 18, 2019</a>"
        + "</blockquote><script></script></div>");
    assertTrue(EmbeddedPost.wraps(embed));
  }

  @Test
  void aShareBarIsNotAPost() {
    assertFalse(EmbeddedPost.wraps(first("<div class=social><a href=/fb>Share on Facebook</a> <a href=/tw>Share on Twitter</a>"
        + " <a href=/mail>Send by email to a friend</a></div>")));
    assertFalse(EmbeddedPost.wraps(first("<div class=social><blockquote>Short</blockquote></div>")));
  }

  @Test
  void theArticleKeepsTheEmbedWhenCleaned() {
    Element content = first("<div><p>People pointed it out on social media, and quickly.</p><div class=social-embed>"
        + "<blockquote class=twitter-tweet><p>This slogan was a very bad idea and somebody should have said so</p></blockquote></div></div>");
    ContentCleaner.clean(content);
    assertTrue(content.text().contains("This slogan was a very bad idea"), content.html());
  }
}
