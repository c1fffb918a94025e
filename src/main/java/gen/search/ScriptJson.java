package gen.search;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

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

  private ScriptJson() {}
}
