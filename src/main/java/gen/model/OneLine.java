package gen.model;

/**
 * Text made safe to print as (part of) one line of a terminal or log: a file name may hold a
 * newline, and then a message naming it would print as two lines, the second one forged by the
 * name; escape sequences could recolour or rewrite the terminal, and bidirectional controls
 * reorder what is shown. Such characters are written out as escapes ({@code \n}, {@code \x1B},
 * {@code \u202E}); everything else is left as it is.
 */
public final class OneLine {
  public static String of(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) i++;
    if (i == text.length()) return text; // the usual case: nothing to copy
    StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02X", (int) c));
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0 and C1 controls, DEL
        || c == '\u2028' || c == '\u2029' // line and paragraph separators
        || c == '\u061C' || c == '\u200E' || c == '\u200F' // bidirectional marks
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'); // and overrides
  }

  private OneLine() {}
}
