package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.BodyText;
import gen.model.SourceFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {
  private static List<String> read(byte[] bytes) throws Exception {
    SourceFile f = new SourceFile(Path.of("a.txt"), "a.txt", bytes.length, Instant.EPOCH);
    ReadArticle read = ArticleReader.forFormat(Format.TEXT).read(f, bytes);
    return BodyText.paragraphs(read.document().body());
  }

  private static List<String> read(String text) throws Exception {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void one_paragraph_per_line() throws Exception {
    assertEquals(List.of("First paragraph.", "Second paragraph.", "Third."), read("First paragraph.\nSecond paragraph.\n\n\nThird.\n"));
  }

  @Test
  void hard_wrapped_paragraphs_are_joined() throws Exception {
    String text =
        """
        So finally you're testing your frontend JavaScript code? Great! The more
        you write tests, the more confident you are with your code, but how much
        precisely? That's where code coverage might help.

        The idea behind code coverage is to record which parts of your code
        (functions, statements, conditionals and so on) have been executed by
        your test suite.
        """;
    assertEquals(
        List.of(
            "So finally you're testing your frontend JavaScript code? Great! The more you write tests, the more"
                + " confident you are with your code, but how much precisely? That's where code coverage might help.",
            "The idea behind code coverage is to record which parts of your code (functions, statements,"
                + " conditionals and so on) have been executed by your test suite."),
        read(text));
  }

  @Test
  void lines_after_which_the_next_word_would_have_fit_are_kept_apart() throws Exception {
    String text =
        """
        Die Stadt baut eine zweite Brücke über den Fluss
        Von Anna Müller

        Der Stadtrat hat am Dienstag beschlossen, eine zweite Brücke über den
        Fluss zu bauen. Die Arbeiten sollen im nächsten Frühjahr beginnen und
        zwei Jahre dauern, sagte die Bürgermeisterin nach der Sitzung.
        """;
    List<String> p = read(text);
    assertEquals("Die Stadt baut eine zweite Brücke über den Fluss", p.get(0));
    assertEquals("Von Anna Müller", p.get(1));
    assertEquals(3, p.size());
  }

  @Test
  void blank_line_separated_lines_that_are_whole_paragraphs_stay_apart() throws Exception {
    String a = "A first paragraph that is long enough to be mistaken for a wrapped line of text in a file. " + "x".repeat(150);
    String b = "A second paragraph, also long, right under it, as some saved texts have them without a gap." + "y".repeat(150);
    String c = "A third paragraph." + "z".repeat(150);
    assertEquals(List.of("Headline", a, b, c), read("Headline\n\n" + a + "\n" + b + "\n" + c + "\n"));
  }

  @Test
  void bom_crlf_utf16_and_windows_1252() throws Exception {
    String text = "Zürich café\r\n\r\n“Quoted” text – here.\r\n";
    List<String> expected = List.of("Zürich café", "“Quoted” text – here.");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertEquals(expected, read(bom));
    assertEquals(expected, read(text.getBytes(StandardCharsets.UTF_16))); // big-endian with BOM
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] leBom = new byte[le.length + 2];
    leBom[0] = (byte) 0xFF;
    leBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, leBom, 2, le.length);
    assertEquals(expected, read(leBom));
    assertEquals(expected, read(text.getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void normalize_drops_bom_and_controls_and_unifies_line_ends() {
    assertEquals("a\nb\nc\n\td", TextReader.normalize("\uFEFFa\r\nb\rc\f\td"));
    assertEquals("xy", TextReader.normalize("x\u0000\u0007\u007Fy"));
    assertEquals("mid\uFEFFdle", TextReader.normalize("mid\uFEFFdle"), "only a leading BOM is one");
    String clean = "Plain “quoted” text,\n\twith a tab — and no control character.";
    org.junit.jupiter.api.Assertions.assertSame(clean, TextReader.normalize(clean), "nothing to change, nothing copied");
  }

  @Test
  void normalizing_decoded_bytes_is_normalizing_their_text() throws Exception {
    String[] pieces = {"a", " ", "\n", "\r\n", "\r", "\t", "\f", "\u000B", "\u0000", "\u007F", "\u0085", "\uFEFF", "“", "中", "é"};
    java.util.Random random = new java.util.Random(17);
    for (int round = 0; round < 20000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(10);
      for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
      for (java.nio.charset.Charset charset : java.util.List.of(
          java.nio.charset.StandardCharsets.UTF_8, java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("windows-1252"))) {
        byte[] bytes = text.toString().getBytes(charset);
        TextDecoder.Decoded decoded;
        try {
          decoded = TextDecoder.decode(bytes);
        } catch (UnreadableFileException e) {
          continue; // binary-looking: never normalized
        }
        assertEquals(TextReader.normalize(decoded.text()), TextReader.normalize(decoded), text.toString());
      }
    }
  }
}
