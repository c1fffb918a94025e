package gen.search;

import java.nio.charset.StandardCharsets;

/**
 * {@link SearchTokenizer#forEachTerm} over a text's UTF-8 bytes, giving the same terms in the same
 * order without making the text a string: the indexer's hot loop. A body is kept as UTF-8 (see
 * {@code gen.model.Article}); decoding all of it to index it, then copying it to a char array,
 * was a third of the index's time.
 *
 * <p>An ASCII word that ends at an ASCII character is handed over as bytes, and a non-ASCII
 * separator (a curly quote, a dash) is stepped over: that is most of any text in Latin script.
 * Anything else (a word with a non-ASCII letter, a run of Han or kana) is decoded, from where it
 * starts to the next ASCII separator, and split by {@link SearchTokenizer} itself. No term or run
 * ever crosses an ASCII separator, so each such piece splits as it would within the whole text.
 */
final class Utf8TermScanner {
  /** Receives terms: ASCII words as bytes (not yet lower-cased), the others as strings. */
  interface Sink {
    /**
     * The ASCII letters and digits {@code bytes[from, to)}; the term is their lower case, and
     * {@code hash} is {@link #hash} of it, made while the word was read.
     */
    void ascii(byte[] bytes, int from, int to, int hash);

    /** A term made by {@link SearchTokenizer}. */
    void term(String term);
  }

  private Utf8TermScanner() {}

  /** ASCII letters and digits: a table rather than three range tests for each byte of a text. */
  private static final boolean[] LETTER_OR_DIGIT = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      LETTER_OR_DIGIT[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  /** The hash of an ASCII term as {@link Sink#ascii} is given it: over its characters, upper case folded. */
  static int hash(CharSequence term) {
    int h = 0;
    for (int i = 0; i < term.length(); i++) h = 31 * h + (term.charAt(i) | 0x20);
    return h;
  }

  /** The index terms of the text whose UTF-8 is {@code bytes[from, to)}, in order. */
  static void scan(byte[] bytes, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      byte b = bytes[i];
      if (b >= 0) {
        // The run of ASCII letters and digits from here, and its hash (| 0x20: a letter's lower case).
        int end = i;
        int h = 0;
        while (end < to) {
          byte c = bytes[end];
          if (c < 0 || !LETTER_OR_DIGIT[c]) break;
          h = 31 * h + (c | 0x20);
          end++;
        }
        if (end == i) {
          i++; // an ASCII separator
          continue;
        }
        if (end == to || bytes[end] >= 0) {
          int length = end - i;
          if (length >= 2 && length <= SearchTokenizer.MAX_WORD) sink.ascii(bytes, i, end, h);
          i = end;
          continue;
        }
        int cp = codePointAt(bytes, end, to);
        if (cp >= 0 && SearchTokenizer.classOf(cp) != SearchTokenizer.CharClass.WORD) {
          // Does not run on into a letter ("Paris’"): a term as it is.
          int length = end - i;
          if (length >= 2 && length <= SearchTokenizer.MAX_WORD) sink.ascii(bytes, i, end, h);
          i = end;
          continue;
        }
        i = general(bytes, i, to, sink);
        continue;
      }
      int cp = codePointAt(bytes, i, to);
      if (cp >= 0 && SearchTokenizer.classOf(cp) == SearchTokenizer.CharClass.SEPARATOR) {
        i += Character.charCount(cp) == 2 ? 4 : cp < 0x800 ? 2 : 3;
        continue;
      }
      i = general(bytes, i, to, sink);
    }
  }

  /** Splits the text from {@code from} to the next ASCII separator as a string; returns where it ended. */
  private static int general(byte[] bytes, int from, int to, Sink sink) {
    int end = from;
    while (end < to) {
      byte c = bytes[end];
      if (c >= 0 && !LETTER_OR_DIGIT[c]) break;
      end++;
    }
    SearchTokenizer.forEachTerm(new String(bytes, from, end - from, StandardCharsets.UTF_8), sink::term);
    return end;
  }

  /**
   * The code point whose well-formed UTF-8 starts at {@code i} (a non-ASCII byte), or -1 when the
   * bytes there are not well-formed: such text goes the general way, decoded as the whole would be.
   */
  static int codePointAt(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 >= to) return -1;
      int c1 = b[i + 1] & 0xFF;
      if ((c1 & 0xC0) != 0x80) return -1;
      return (c & 0x1F) << 6 | (c1 & 0x3F);
    }
    if (c >= 0xE0 && c <= 0xEF) {
      if (i + 2 >= to) return -1;
      int c1 = b[i + 1] & 0xFF;
      int c2 = b[i + 2] & 0xFF;
      if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) return -1;
      int cp = (c & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
      return cp;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      if (i + 3 >= to) return -1;
      int c1 = b[i + 1] & 0xFF;
      int c2 = b[i + 2] & 0xFF;
      int c3 = b[i + 3] & 0xFF;
      if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) return -1;
      int cp = (c & 0x07) << 18 | (c1 & 0x3F) << 12 | (c2 & 0x3F) << 6 | (c3 & 0x3F);
      if (cp < 0x10000 || cp > 0x10FFFF) return -1;
      return cp;
    }
    return -1;
  }
}
