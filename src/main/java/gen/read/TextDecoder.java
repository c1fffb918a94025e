package gen.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a saved text into a string without mangling it: a BOM decides first (UTF-8,
 * UTF-16 LE/BE), then valid UTF-8 is taken as UTF-8, UTF-16 without a BOM is recognised by its zero
 * bytes, and anything else is read as Windows-1252, the encoding old Western files most often have.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The decoded text and the charset it was read in. {@code controlFree}: the bytes were seen to
   * hold no control character but tab and newline, no DEL and no BOM, so the text needs no
   * {@code TextReader.normalize}; false when that was not looked at.
   */
  public record Decoded(String text, Charset charset, boolean controlFree) {
    public Decoded(String text, Charset charset) {
      this(text, charset, false);
    }
  }

  public static Decoded decode(byte[] bytes) throws UnreadableFileException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      return new Decoded(lenient(bytes, 0, utf16.get()), utf16.get());
    }
    // One pass over the bytes tells whether they look binary and whether they hold a control
    // character, which UTF-8 writes as the same byte: a valid UTF-8 file without one needs no
    // normalizing, and its text is not scanned again to find that out.
    int census = census(bytes);
    if (census == BINARY) {
      throw new UnreadableFileException("skipped: binary content");
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, census == CONTROL_FREE);
    }
    return new Decoded(utf8OrWindows1252(bytes), WINDOWS_1252);
  }

  /**
   * Each well-formed UTF-8 sequence as UTF-8, every other byte as Windows-1252: a file pasted
   * together from a UTF-8 and a Latin-1 source reads right in both parts. Without any UTF-8
   * sequence this is exactly Windows-1252.
   */
  static String utf8OrWindows1252(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0;
      int cp = len == 0 ? -1 : utf8At(bytes, i, len);
      if (cp >= 0) {
        sb.appendCodePoint(cp);
        i += len;
      } else {
        sb.append(new String(bytes, i, 1, WINDOWS_1252));
        i++;
      }
    }
    return sb.toString();
  }

  /** The code point of a well-formed UTF-8 sequence of {@code len} bytes at {@code i}, or -1. */
  private static int utf8At(byte[] bytes, int i, int len) {
    if (i + len > bytes.length) return -1;
    int cp = bytes[i] & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = bytes[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) return -1;
      cp = (cp << 6) | (c & 0x3F);
    }
    boolean overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return cp;
  }

  /**
   * Valid UTF-8, or empty when the bytes are not. The string constructor decodes faster than a
   * decoder into a buffer, and replaces every malformed sequence by U+FFFD: a string without one
   * is the strict decoding, and only a text with one (or bytes that are not UTF-8) is decoded
   * again strictly to tell which it is.
   */
  public static Optional<String> strictUtf8(byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) return Optional.of(lenient);
    return strictUtf8ByDecoder(bytes);
  }

  /** {@link #strictUtf8} by a decoder that reports malformed input. */
  static Optional<String> strictUtf8ByDecoder(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  /** Text in UTF-16 has a zero byte in every other position for Latin characters. */
  private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) return Optional.empty();
    int evenZeros = 0, oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) evenZeros++;
      if (bytes[i + 1] == 0) oddZeros++;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Optional.of(StandardCharsets.UTF_16LE);
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Optional.of(StandardCharsets.UTF_16BE);
    return Optional.empty();
  }

  static final int BINARY = 0;
  static final int CONTROL_FREE = 1;
  static final int TEXT = 2;

  /**
   * {@link #BINARY} when the bytes are not text (a zero byte, or many control characters, in the
   * first 8 KB), else {@link #CONTROL_FREE} when no byte is a control character other than tab
   * and newline, nor DEL, else {@link #TEXT}.
   */
  static int census(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    boolean controlFree = true;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      // Bytes of 0x80 and over are negative: only 0x00-0x1F and 0x7F are looked at further.
      if (b < 0x20 ? b < 0 : b != 0x7F) continue;
      if (b != '\n' && b != '\t') controlFree = false;
      if (i >= n) continue;
      if (b == 0) return BINARY;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
    }
    if (n > 0 && control > n / 20) return BINARY;
    return controlFree ? CONTROL_FREE : TEXT;
  }

  private TextDecoder() {}
}
