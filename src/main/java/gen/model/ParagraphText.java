package gen.model;

import java.util.Arrays;

/**
 * The text of an HTML body made of plain paragraphs ({@code <p>one</p><p>two</p>}, no other markup
 * and nothing escaped, as every text article's is): the paragraphs' contents, one blank line
 * between them. Such an article need not keep its text beside its HTML: most of one is the other.
 */
public final class ParagraphText {
  private ParagraphText() {}

  /**
   * The text of {@code html} (UTF-8): each {@code <p>...</p>}'s content, joined by {@code "\n\n"};
   * null when the HTML is anything else (another tag, an empty paragraph, text outside one).
   */
  public static byte[] of(byte[] html) {
    int n = html.length;
    byte[] out = new byte[n];
    int o = 0;
    int i = 0;
    while (i < n) {
      if (!at(html, i, OPEN)) return null;
      int from = i + OPEN.length;
      int to = from;
      while (to < n && html[to] != '<') to++;
      if (to == from || !at(html, to, CLOSE)) return null;
      if (o > 0) {
        out[o++] = '\n';
        out[o++] = '\n';
      }
      System.arraycopy(html, from, out, o, to - from);
      o += to - from;
      i = to + CLOSE.length;
    }
    return o == 0 ? null : Arrays.copyOf(out, o);
  }

  private static final byte[] OPEN = {'<', 'p', '>'};
  private static final byte[] CLOSE = {'<', '/', 'p', '>'};

  private static boolean at(byte[] b, int i, byte[] what) {
    if (i + what.length > b.length) return false;
    for (int k = 0; k < what.length; k++) {
      if (b[i + k] != what[k]) return false;
    }
    return true;
  }
}
