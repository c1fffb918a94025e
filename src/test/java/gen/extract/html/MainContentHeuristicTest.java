package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.extract.BodyText;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Trust;
import org.junit.jupiter.api.Test;

class MainContentHeuristicTest {
  private static final String PROSE =
      "The council met on Tuesday evening, and after a long debate, it voted to close the old bridge to cars. ";

  private static String page(String article) {
    return "<html><head><link rel=canonical href=\"https://example.com/news/bridge\"></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>"
        + "<div class=\"layout\"><div class=\"content\">" + article + "</div>"
        + "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Another story about something</a></li>"
        + "<li><a href=\"/b\">Yet another story about other things</a></li></ul></div></div>"
        + "<footer>© Example News. All rights reserved. Contact us at the office.</footer></body></html>";
  }

  private static ExtractionContext extract(String html) {
    var ctx = Pages.run(html, new MetaTagsHeuristic());
    ctx.offer(Field.TITLE, "Bridge closes", "test", Trust.META);
    new MainContentHeuristic().apply(ctx);
    return ctx;
  }

  @Test
  void keepsTheArticleAndDropsNavigationSidebarAndFooter() {
    var ctx = extract(page("<h1>Bridge closes</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><h2>What next</h2><p>" + PROSE + "</p>"));
    String text = BodyText.of(ctx.body());
    assertTrue(text.startsWith("The council met"), text);
    assertTrue(text.contains("What next"), text);
    assertFalse(text.contains("Most read"), text);
    assertFalse(text.contains("Home"), text);
    assertFalse(text.contains("rights reserved"), text);
    assertFalse(text.contains("Bridge closes"), "the headline is shown apart from the body: " + text);
  }

  @Test
  void dropsShareBarsAndNewsletterBoxesInsideTheArticle() {
    var ctx = extract(page("<p>" + PROSE + "</p><div class=\"share-tools\"><a href=\"https://x.example/share\">Share on X</a></div>"
        + "<p>Second. " + PROSE + "</p><div class=\"newsletter-signup\"><p>Get our newsletter every morning in your inbox, free.</p></div>"
        + "<p>Third. " + PROSE + "</p>"));
    String text = BodyText.of(ctx.body());
    assertFalse(text.contains("Share on X"), text);
    assertFalse(text.contains("newsletter"), text);
    assertEquals(3, text.split("\n\n").length, text);
  }

  @Test
  void keepsFiguresListsQuotesAndTablesWithAbsoluteAddresses() {
    var ctx = extract(page("<p>" + PROSE + "<a href=\"/report.pdf\">the report</a></p>"
        + "<figure><img src=\"img/bridge.jpg\"><figcaption>The old bridge at dawn</figcaption></figure>"
        + "<blockquote>We had no choice, said the mayor, and the vote was clear.</blockquote>"
        + "<ul><li>Closed to cars from June</li><li>Open to bicycles and walkers</li></ul>"
        + "<table><tr><th>Vote</th><th>Count</th></tr><tr><td>For</td><td>12</td></tr></table><p>" + PROSE + "</p>"));
    var body = ctx.body();
    assertEquals("https://example.com/report.pdf", body.selectFirst("a").attr("href"));
    assertEquals("https://example.com/news/img/bridge.jpg", body.selectFirst("img").attr("src"));
    String text = BodyText.of(body);
    for (String kept : new String[] {"The old bridge at dawn", "We had no choice", "Open to bicycles", "Count"}) {
      assertTrue(text.contains(kept), kept + " missing from: " + text);
    }
  }

  @Test
  void prefersTheDeclaredArticleBody() {
    var ctx = extract(page("<div class=\"teaser\"><p>" + PROSE + "</p></div><div itemprop=\"articleBody\"><p>"
        + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"));
    assertTrue(ctx.body().hasAttr("itemprop"));
  }

  @Test
  void whatComesBeforeTheHeadlineInsideTheArticleIsThePageTopButTheLeadPictureStays() {
    var ctx = extract(page("<div class=kicker>City news, transport and the council this week, from our reporters</div>"
        + "<figure><img src=/lead.jpg><figcaption>The bridge</figcaption></figure>"
        + "<h1>Bridge closes</h1><p>" + PROSE + "</p><p>Second. " + PROSE + "</p>"));
    String text = BodyText.of(ctx.body());
    assertFalse(text.contains("City news"), text);
    assertTrue(ctx.body().selectFirst("img") != null, ctx.body().html());
    assertTrue(text.startsWith("The bridge"), text);
  }
}
