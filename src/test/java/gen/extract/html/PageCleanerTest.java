package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private static final String LONG =
      "The committee met again on Thursday, and after hours of debate it agreed, narrowly, to keep the old"
          + " library open for another year while the council looks for money. ";

  private static Document cleaned(String article) {
    Document doc = Jsoup.parse("<html><body><div class=story><p>" + LONG + "</p>" + article + "</div>"
        + "<div class=other><p>" + LONG + LONG + LONG + LONG + LONG + LONG + LONG + LONG + "</p></div></body></html>");
    PageCleaner.clean(doc);
    return doc;
  }

  @Test
  void aFoldOrPaywallBoxHoldingTheRestOfTheStoryIsKept() {
    Document doc = cleaned("<div class=paywall><p>" + LONG + "</p><p>" + LONG + "</p><p>" + LONG + "</p></div>");
    assertTrue(doc.selectFirst(".paywall") != null, doc.body().html());
  }

  @Test
  void furnitureWithLittleProseIsStillDropped() {
    Document doc = cleaned("<div class=newsletter><p>Sign up for our newsletter and get the news every morning.</p></div>");
    assertFalse(doc.selectFirst(".newsletter") != null, doc.body().html());
  }

  @Test
  void commentsAreProseButNotTheArticle() {
    Document doc = cleaned("<div class=\"sidebar comment-list\"><p>" + LONG + "</p><p>" + LONG + "</p><p>" + LONG + "</p></div>");
    assertFalse(doc.selectFirst(".comment-list") != null, doc.body().html());
  }

  @Test
  void teasersUnderLinkedHeadingsAreDropped() {
    String teaser = "<h3><a href=/other>Another story</a></h3><p>" + LONG + "</p>";
    Document doc = cleaned("<div class=related>" + teaser + teaser + teaser + "</div>");
    assertFalse(doc.selectFirst(".related") != null, doc.body().html());
  }
}
