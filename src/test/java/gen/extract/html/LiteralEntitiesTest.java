package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiteralEntitiesTest {
  @Test
  void decodesNamedDecimalAndHexReferences() {
    assertEquals("Bagger zerstören den Rückbau", LiteralEntities.decode("Bagger zerst&ouml;ren den R&uuml;ckbau"));
    assertEquals("\"Nicht mehr viel\"", LiteralEntities.decode("&quot;Nicht mehr viel&quot;"));
    assertEquals("‘illogical’ – Türkiye'de", LiteralEntities.decode("&#8216;illogical&#8217; &#8211; Türkiye&#039;de"));
    assertEquals("Wohngewächshaus selber", LiteralEntities.decode("Wohngew&#x00E4;chshaus&#x20;selber"));
  }

  @Test
  void decodesOnceOnly() {
    assertEquals("&quot;", LiteralEntities.decode("&amp;quot;"));
  }

  @Test
  void leavesAmpersandsThatAreNoReference() {
    assertEquals("AT&T and Q&A; Tom & Jerry", LiteralEntities.decode("AT&T and Q&A; Tom & Jerry"));
    assertEquals("&madeup;", LiteralEntities.decode("&madeup;"));
    assertEquals("ab", LiteralEntities.decode("a&#0;b"));
  }
}
