package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import org.junit.jupiter.api.Test;

/** The headline the page shows, through {@link PageTitleHeuristic}, which weighs it against the metadata. */
class VisibleHeadlineTest {
  private static String title(String head, String body) {
    var ctx = Pages.run("<html><head>" + head + "</head><body>" + body + "</body></html>", new PageTitleHeuristic());
    return ctx.candidates().value(Field.TITLE).orElseThrow();
  }

  @Test
  void dropsAKickerSetApartByAHiddenSeparator() {
    assertEquals("Bohren, bis es heiß wird",
        title("<meta property=\"og:title\" content=\"Klimaschutz: Bohren, bis es heiß wird\">"
                + "<title>Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE</title>",
            "<header><a href=\"/\">ZEIT ONLINE</a></header><article><h1 class=\"article-heading\">"
                + "<span class=\"article-heading__kicker\">Klimaschutz</span><span class=\"visually-hidden\">: </span>"
                + "<span class=\"article-heading__title\">Bohren, bis es heiß wird</span></h1><p>Text</p></article>"));
  }

  @Test
  void dropsAKickerElementTheMetadataWritesBeforeASeparator() {
    assertEquals("«Die israelische Armee ist bereit»",
        title("<meta property=\"og:title\" content=\"Iranischer Angriff auf Israel: «Die israelische Armee ist bereit»\">",
            "<h1><span class=\"overline\">Iranischer Angriff auf Israel</span>«Die israelische Armee ist bereit»</h1>"));
  }

  @Test
  void takesTheHeadlineWhereTheMetadataAddsAKicker() {
    assertEquals("Lotte Tobisch ist tot",
        title("<meta property=\"og:title\" content=\"Chronik: Lotte Tobisch ist tot\">"
            + "<title>Chronik: Lotte Tobisch ist tot - wien.ORF.at</title>", "<h1 class=\"story-lead-headline\">Lotte Tobisch ist tot</h1>"));
  }

  @Test
  void takesTheHeadlineWhereTheMetadataCutsItShort() {
    assertEquals("Taiwan's political playbook should be essential reading for Hong Kong leader Carrie Lam",
        title("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Taiwan's political playbook should be essential reading for Hong Kong leader...\"}</script>",
            "<h1>Taiwan's political playbook should be essential reading for Hong Kong leader Carrie Lam</h1>"));
  }

  @Test
  void leavesOutABylineInsideTheHeading() {
    assertEquals("米朝首脳直通電話 習氏に挑むトランプ戦術の成否",
        title("<meta property=\"og:title\" content=\"米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）\">",
            "<h1><span>米朝首脳直通電話 習氏に挑むトランプ戦術の成否</span><span></span><br><span>編集委員 中沢克二</span></h1>"));
  }

  @Test
  void keepsAKickerEndingInAColonThatTheMetadataAlsoWrites() {
    assertEquals("Krach vor der Versammlung: Es knirscht zwischen Diess und Aufsichtsräten",
        title("<meta property=\"og:title\" content=\"Krach vor der Versammlung: Es knirscht zwischen Diess und Aufsichtsräten\">",
            "<h1><span>Krach vor der Versammlung:</span><br><span>Es knirscht zwischen Diess und Aufsichtsräten</span></h1>"));
  }

  @Test
  void keepsTheMetadataTitleWhereTheHeadingIsWordedDifferently() {
    assertEquals("Apple’s Vision Pro hands-on: the Retina display moment for headsets",
        title("<meta property=\"og:title\" content=\"Apple’s Vision Pro is the Retina display moment for headsets\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Apple’s Vision Pro hands-on: the Retina display moment for headsets\"}</script>",
            "<h1>Apple’s Vision Pro is the Retina display moment for headsets</h1>"));
  }

  @Test
  void skipsAHeadingThatIsTheSiteLogoOrASection() {
    assertEquals("Frei erfunden: Grab-Bote fliegt nach Singapur",
        title("<meta property=\"og:site_name\" content=\"Der Farang\"><meta property=\"og:title\" content=\"Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand\">",
            "<h1><a href=\"/\">Der Farang</a></h1><h1><a href=\"/de/bangkok\">Bangkok</a></h1>"
                + "<h1 class=\"page-title\">Frei erfunden: Grab-Bote fliegt nach Singapur</h1>"));
  }
}
