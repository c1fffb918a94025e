package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignedLineHeuristicTest {
  private static List<String> authors(String body) {
    return Pages.run("<html><head><title>T</title></head><body>" + body + "</body></html>", new BylineHeuristic(), new SignedLineHeuristic())
        .candidates().value(Field.AUTHORS).orElse(List.of());
  }

  @Test
  void readsALineThatSignsWithALeadWord() {
    assertEquals(List.of("Cosima Künzel"), authors("<article><p>Der Text.</p><p><em>Von Cosima Künzel</em></p></article>"));
    assertEquals(List.of("Pamela Sladky"), authors("<div>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>"));
    assertEquals(List.of("Agencia EFE"), authors("<p><em><strong>Por Agencia EFE</strong></em></p><p>El presidente viaja.</p>"));
    assertEquals(List.of("Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz", "NDR"),
        authors("<p>Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR</p>"));
  }

  @Test
  void readsALabelledAuthor() {
    assertEquals(List.of("Kossivi Tiassou"), authors("<div><p>Auteur : Kossivi Tiassou </p><p>Edition : M-A. Pioerron</p></div>"));
    assertEquals(List.of("Fritz Imhof"),
        authors("<div><span>Datum:</span> 19.11.2021 <br><span>Autor:</span> Fritz Imhof<br><span>Quelle:</span> Livenet</div>"));
  }

  @Test
  void readsALeadWordInAnElementOfItsOwn() {
    assertEquals(List.of("Alex Bozarjian"),
        authors("<div><span>By</span><span><a href=/team/alex>Alex Bozarjian</a></span><span>Thursday, November 9, 2023 4:41AM</span></div>"));
  }

  @Test
  void aDeskCreditIsTheLastResort() {
    assertEquals(List.of("MDR THÜRINGEN/ls"), authors("<p>Der Text.</p><p><em>Quelle: MDR THÜRINGEN/ls</em></p>"));
    assertEquals(List.of("David Hutzler", "dpa"),
        authors("<p>Quelle: dpa-AFX</p><p>Von David Hutzler, dpa</p><p>Niedrige Zinsen ziehen junge Menschen an die Börse.</p>"));
  }

  @Test
  void aSentenceIsNoSignature() {
    assertEquals(List.of(), authors("<p>Von Montag bis Freitag geöffnet</p><p>By the way, the shop opens late.</p>"));
    assertEquals(List.of(), authors("<div class=related><p>Von Jane Doe</p></div>"));
  }
}
