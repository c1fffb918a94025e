package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "Zürich – “quoted” café";

  @Test
  void reads_utf8_with_and_without_bom() throws Exception {
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(TEXT, TextDecoder.decode(withBom).text());
  }

  @Test
  void reads_utf16_with_bom() throws Exception {
    // Java's "UTF-16" encoder writes a big-endian BOM.
    assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16)).text());
    byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertEquals(TEXT, TextDecoder.decode(withBom).text());
  }

  @Test
  void reads_utf16le_without_bom() throws Exception {
    String latin = "Plain ASCII words in a file saved as UTF-16 without a byte order mark.";
    assertEquals(latin, TextDecoder.decode(latin.getBytes(StandardCharsets.UTF_16LE)).text());
  }

  @Test
  void falls_back_to_windows_1252_for_invalid_utf8() throws Exception {
    byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals(TEXT, d.text());
    assertEquals(Charset.forName("windows-1252"), d.charset());
  }

  @Test
  void refuses_binary_content() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    var e = assertThrows(UnreadableFileException.class, () -> TextDecoder.decode(png));
    assertEquals("skipped: binary content", e.getMessage());
  }
}
