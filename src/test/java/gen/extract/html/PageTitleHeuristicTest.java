package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import org.junit.jupiter.api.Test;

class PageTitleHeuristicTest {
  private static String title(String head, String body) {
    var ctx = Pages.run("<html><head>" + head + "</head><body>" + body + "</body></html>", new PageTitleHeuristic());
    return ctx.candidates().value(Field.TITLE).orElseThrow();
  }

  @Test
  void removesTheSiteNameTheOpenGraphTitleCarries() {
    assertEquals("West Ham lead the league",
        title("<meta property=\"og:site_name\" content=\"Sport.cz - All the news\">"
            + "<meta property=\"og:title\" content=\"West Ham lead the league | Sport.cz\">", "<h1>West Ham</h1>"));
  }

  @Test
  void cutsTheSuffixOfTheTitleTagWhenItStartsWithTheHeadline() {
    assertEquals("Mozilla", title("<title>Mozilla - Wikipedia</title>", "<h1>Mozilla</h1>"));
    assertEquals("LWN.net Weekly Edition for March 26, 2015",
        title("<title>LWN.net Weekly Edition for March 26, 2015 [LWN.net]</title>",
            "<h1>LWN.net Weekly Edition for March 26, 2015</h1>"));
  }

  @Test
  void cutsAShortTrailingSegmentAfterABarWithoutKnowingTheSite() {
    assertEquals("Seven secrets that hotel owners keep", title("<title>Seven secrets that hotel owners keep | The Paper</title>", ""));
  }

  @Test
  void keepsADashInsideAHeadline() {
    assertEquals("Raspberry Pi 3 - The credit card sized PC that costs only $35",
        title("<title>Raspberry Pi 3 - The credit card sized PC that costs only $35</title>", ""));
  }

  @Test
  void cutsChainedUnderscoreSegmentsOfChineseTitles() {
    assertEquals("海外留学生看两会：出国前后关注点大不同", title("<title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title>", ""));
  }

  @Test
  void prefersJsonLdNameOverAHeadlineThatIsADescription() {
    assertEquals("New Zealand",
        title("<title>New Zealand - Wikipedia</title><script type=\"application/ld+json\">"
            + "{\"@type\":\"Article\",\"name\":\"New Zealand\",\"headline\":\"country in Oceania\"}</script>", "<h1>New Zealand</h1>"));
  }

  @Test
  void skipsAMetadataTitleThatNamesASectionNotThePage() {
    assertEquals("Russia: Space ship breaks up over Siberia",
        title("<title>Russia: Space ship breaks up over Siberia</title>"
            + "<meta property=\"og:title\" content=\"Latest Headlines\">", "<h1>Russia: Space ship breaks up over Siberia</h1>"));
  }

  @Test
  void aFullWidthBracketedLabelAtTheEndIsTheSiteEvenWithoutAHeading() {
    assertEquals("欲張りなイヌ", title("<title>欲張りなイヌ\u3000＜福娘童話集\u3000きょうのイソップ童話＞</title>", "<p>むかしむかし</p>"));
    assertEquals("【速報】新しい駅が開業", title("<title>【速報】新しい駅が開業</title>", "<p>本文</p>"));
  }

  @Test
  void decodesEntitiesLeftInJsonLdAndMetaContents() {
    assertEquals("\"Nicht mehr viel\": Rückbau beginnt",
        title("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"&quot;Nicht mehr viel&quot;: R&uuml;ckbau beginnt\"}</script>", "<p>Text</p>"));
    assertEquals("Record of the week: ‘Pale Blue Dot’",
        title("<meta property=\"og:title\" content=\"Record of the week: &amp;#8216;Pale Blue Dot&amp;#8217;\">", "<p>Text</p>"));
  }

  @Test
  void cutsASiteNameAfterFullWidthAndKoreanSeparatorsWhenThePageNamesItsSite() {
    assertEquals("北陸新幹線の延伸、工事が本格化",
        title("<meta property=\"og:site_name\" content=\"中日新聞Web\"><title>北陸新幹線の延伸、工事が本格化：中日新聞Web</title>", ""));
    assertEquals("大谷翔平が2本塁打、チームは連勝",
        title("<meta property=\"og:site_name\" content=\"日刊ゲンダイDIGITAL\"><title>大谷翔平が2本塁打、チームは連勝｜日刊ゲンダイDIGITAL</title>", ""));
    assertEquals("여야, 예산안 처리 시한 앞두고 막판 협상",
        title("<meta property=\"og:site_name\" content=\"한국일보\"><title>여야, 예산안 처리 시한 앞두고 막판 협상-정치ㅣ한국일보</title>", ""));
    assertEquals("Adelson's security team spied on Assange",
        title("<meta property=\"og:site_name\" content=\"Sott.net\"><title>Adelson's security team spied on Assange -- Sott.net</title>", ""));
  }

  @Test
  void aLinkToTheFrontPageNamesTheSite() {
    assertEquals("武汉的声音：有英勇的你，才有英雄的城！",
        title("<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>",
            "<div><a href=\"http://www.xinhuanet.com/\">新华网</a> 正文</div><p>本文</p>"));
  }

  @Test
  void keepsAKickerJoinedByAFullWidthColonWhenNoSiteIsNamed() {
    assertEquals("习近平在湖南考察：推动高质量发展取得新进展",
        title("<title>习近平在湖南考察：推动高质量发展取得新进展</title>", "<p>本文</p>"));
  }
}
