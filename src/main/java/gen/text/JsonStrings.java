package gen.text;

/**
 * JSON strings as Gson's HTML-safe mode writes them, for JSON that goes inside a {@code <script>}:
 * quote and backslash escaped; control characters, {@code <}, {@code >}, {@code &}, {@code =},
 * {@code '}, U+2028 and U+2029 as six-character Unicode escapes (tab, backspace, newline, carriage
 * return and form feed as their two-character ones); everything else as it is. Gson's reflective
 * walk over values cost more than the quoting, for files and pages made by the thousand; the
 * output is the same, character for character.
 */
public final class JsonStrings {
  private JsonStrings() {}

  /** Appends {@code s} as a JSON string, escaped as the class comment says. */
  public static void quote(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    int plain = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String escape = c < 128 ? ESCAPES[c] : c == '\u2028' ? "\\u2028" : c == '\u2029' ? "\\u2029" : null;
      if (escape == null) continue;
      sb.append(s, plain, i).append(escape);
      plain = i + 1;
    }
    // A range is appended a character at a time: the whole string, mostly, is copied at once.
    if (plain == 0) {
      sb.append(s);
    } else {
      sb.append(s, plain, n);
    }
    sb.append('"');
  }

  /** Each ASCII character's escape, or null: control characters, quote, backslash, {@code <>&='}. */
  private static final String[] ESCAPES = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) ESCAPES[c] = String.format(java.util.Locale.ROOT, "\\u%04x", c);
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
    for (char c : new char[] {'<', '>', '&', '=', '\''}) {
      ESCAPES[c] = String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }
  }

}
