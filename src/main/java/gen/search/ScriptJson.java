package gen.search;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.List;
import java.util.Map;

/**
 * JSON that is safe inside a {@code <script>} file or element: Gson's HTML-safe mode writes
 * {@code <}, {@code >}, {@code &}, {@code =} and {@code '} as {@code \u003c}-style escapes, so no
 * article text can close a script ({@code </script>}) or open a comment ({@code <!--}); U+2028 and
 * U+2029, which end a line in older JavaScript, are escaped too.
 */
final class ScriptJson {
  private static final Gson GSON = new GsonBuilder().disableJdkUnsafe().create();

  static String of(Object value) {
    return GSON.toJson(value);
  }

  /** {@code window.__genSearch.<method>(<args as JSON>);} on one line. */
  static String call(String method, Object... args) {
    StringBuilder sb = new StringBuilder("window.__genSearch.").append(method).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) sb.append(',');
      sb.append(of(args[i]));
    }
    return sb.append(");\n").toString();
  }

  /**
   * {@code window.__genSearch.<method>(<n>,{"key":"value",...});}: as {@link #call} writes an int
   * and a map of strings, without Gson's reflective walk (a shard holds thousands of terms).
   */
  static String callWithStrings(String method, int n, Map<String, String> values) {
    StringBuilder sb = new StringBuilder(64 + values.size() * 24).append("window.__genSearch.").append(method)
        .append('(').append(n).append(",{");
    boolean first = true;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!first) sb.append(',');
      first = false;
      quote(sb, e.getKey());
      sb.append(':');
      quote(sb, e.getValue());
    }
    return sb.append("});\n").toString();
  }

  /**
   * {@code window.__genSearch.<method>(<n>,{"key":["a","b",...],...});}: as {@link #call} writes an
   * int and a map of lists of strings.
   */
  static String callWithRows(String method, int n, Map<String, List<String>> rows) {
    StringBuilder sb = new StringBuilder(256 * rows.size() + 64).append("window.__genSearch.").append(method)
        .append('(').append(n).append(",{");
    boolean first = true;
    for (Map.Entry<String, List<String>> e : rows.entrySet()) {
      if (!first) sb.append(',');
      first = false;
      quote(sb, e.getKey());
      sb.append(":[");
      List<String> row = e.getValue();
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) sb.append(',');
        quote(sb, row.get(i));
      }
      sb.append(']');
    }
    return sb.append("});\n").toString();
  }

  /** A JSON string as Gson's HTML-safe mode writes it (the escapes in the class comment). */
  static void quote(StringBuilder sb, String s) {
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

  private ScriptJson() {}
}
