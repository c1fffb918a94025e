package gen.model;

/** Well-formed UTF-8, measured without decoding it. */
final class Utf8 {
  private Utf8() {}

  /**
   * How many UTF-16 code units (Java chars) the bytes decode to, or -1 when they are not
   * well-formed UTF-8 (overlong forms, surrogates, code points past U+10FFFF, cut sequences): the
   * bytes are then not what any string encodes to.
   */
  static int utf16Length(byte[] b) {
    int chars = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        chars++;
        continue;
      }
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
      } else {
        return -1;
      }
      if (i + len > n) return -1;
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) return -1;
      for (int k = 2; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) return -1;
      }
      i += len;
      chars += len == 4 ? 2 : 1;
    }
    return chars;
  }
}
