package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DatelineBlocksTest {
  @Test
  void timeStampsInSeveralLanguagesAreDatelines() {
    assertTrue(DatelineBlocks.isDateline("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"));
    assertTrue(DatelineBlocks.isDateline("First Published: Tuesday, November 19, 2019 08:38 AM"));
    assertTrue(DatelineBlocks.isDateline("Veröffentlicht am 3. Mai 2024 um 15:47 Uhr"));
    assertTrue(DatelineBlocks.isDateline("Publicado em 19/11/2019 às 10h48"));
    assertTrue(DatelineBlocks.isDateline("2024年5月3日 07:17"));
  }

  @Test
  void sentencesAndNamedLinesWithADateAreText() {
    assertFalse(DatelineBlocks.isDateline("The council will vote on May 3, 2024, after the hearing."));
    assertFalse(DatelineBlocks.isDateline("TNW中文站2016年10月14日07:17"));
    assertFalse(DatelineBlocks.isDateline("Opening night"));
  }

  @Test
  void onlyWholeBlocksOutsideTablesAndCodeGo() {
    Element c = Jsoup.parse("<div id=c><div>Updated: May 3, 2024 15:47</div><p>The vote was <span>May 3, 2024</span>.</p>"
        + "<table><tr><td><div>2020-08-01 18:00</div></td></tr></table><pre><div>2020-08-01</div></pre></div>").getElementById("c");
    DatelineBlocks.remove(c);
    assertEquals("The vote was May 3, 2024. 2020-08-01 18:00 2020-08-01", c.text());
  }
}
