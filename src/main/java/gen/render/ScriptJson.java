package gen.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * JSON that is safe inside an HTML {@code <script>} element (JSON-LD, an inline search index):
 * {@code <}, {@code >}, {@code &}, {@code =}, {@code '} and the line separators U+2028/U+2029 are
 * written as {@code \}{@code uXXXX} escapes, so no string in the data can close the element
 * ({@code </script>}) or open a comment ({@code <!--}). Templates print it with {@code ?no_esc}.
 */
public final class ScriptJson {
  // Gson escapes the HTML-significant characters unless told not to.
  private static final Gson GSON = new GsonBuilder().create();

  public static String of(Object value) {
    return GSON.toJson(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  private ScriptJson() {}
}
