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

  @Test
  void strict_utf8_is_what_a_reporting_decoder_gives() {
    byte[][] pieces = {
      "plain ".getBytes(java.nio.charset.StandardCharsets.UTF_8), "“curly” ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
      "\uFFFD".getBytes(java.nio.charset.StandardCharsets.UTF_8), "中文".getBytes(java.nio.charset.StandardCharsets.UTF_8),
      "\uD835\uDC00".getBytes(java.nio.charset.StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {0}, {'\n'}
    };
    java.util.Random random = new java.util.Random(13);
    for (int round = 0; round < 20000; round++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int parts = random.nextInt(8);
      for (int i = 0; i < parts; i++) out.writeBytes(pieces[random.nextInt(pieces.length)]);
      byte[] bytes = out.toByteArray();
      assertEquals(TextDecoder.strictUtf8ByDecoder(bytes), TextDecoder.strictUtf8(bytes), java.util.Arrays.toString(bytes));
    }
    for (int round = 0; round < 20000; round++) {
      byte[] bytes = new byte[random.nextInt(12)];
      random.nextBytes(bytes);
      assertEquals(TextDecoder.strictUtf8ByDecoder(bytes), TextDecoder.strictUtf8(bytes), java.util.Arrays.toString(bytes));
    }
  }

  /** The binary test as it was, on its own pass over the first 8 KB. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
    }
    return n > 0 && control > n / 20;
  }

  @Test
  void the_census_tells_binary_and_control_characters_as_separate_passes_did() {
    java.util.Random random = new java.util.Random(47);
    byte[] alphabet = {'a', ' ', '\n', '\t', '\r', '\f', 0x1B, 0x0B, 0x01, 0x7F, 0, (byte) 0xE2, (byte) 0x80, (byte) 0x9C, (byte) 0xC3};
    for (int round = 0; round < 20000; round++) {
      int size = random.nextInt(4) == 0 ? 8192 + random.nextInt(40) : random.nextInt(60);
      byte[] bytes = new byte[size];
      int kinds = 1 + random.nextInt(alphabet.length);
      for (int i = 0; i < size; i++) bytes[i] = random.nextInt(20) == 0 ? alphabet[random.nextInt(kinds)] : (byte) 'x';
      int census = TextDecoder.census(bytes);
      assertEquals(looksBinary(bytes), census == TextDecoder.BINARY, java.util.Arrays.toString(bytes));
      if (census != TextDecoder.BINARY) {
        boolean controlFree = true;
        for (byte b : bytes) if (b >= 0 && b < 0x20 && b != '\n' && b != '\t' || b == 0x7F) controlFree = false;
        assertEquals(controlFree, census == TextDecoder.CONTROL_FREE, java.util.Arrays.toString(bytes));
      }
    }
  }
}
