package gen.search;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import gen.text.JsonStrings;
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
      JsonStrings.quote(sb, e.getKey());
      sb.append(':');
      JsonStrings.quote(sb, e.getValue());
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
      JsonStrings.quote(sb, e.getKey());
      sb.append(":[");
      List<String> row = e.getValue();
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) sb.append(',');
        JsonStrings.quote(sb, row.get(i));
      }
      sb.append(']');
    }
    return sb.append("});\n").toString();
  }

  private ScriptJson() {}
}
