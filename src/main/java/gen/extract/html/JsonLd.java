package gen.extract.html;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article objects a page declares in {@code <script type="application/ld+json">}: found at
 * the top level, in arrays, inside {@code @graph} and as {@code mainEntity}; broken JSON is
 * skipped. Values are read leniently: a name may be a string, an object or an array of either;
 * character references left in a string ({@code &quot;}, {@code &#8211;}) are decoded.
 */
final class JsonLd {
  private static final Set<String> ARTICLE_TYPES =
      Set.of("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
          "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
          "techarticle", "scholarlyarticle", "socialmediaposting", "discussionforumposting", "report", "satiricalarticle");

  private JsonLd() {}

  /** Article-like objects, in page order. */
  static List<JsonObject> articles(Document doc) {
    List<JsonObject> out = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().trim();
      if (json.isEmpty()) continue;
      try {
        collect(JsonParser.parseString(stripComments(json)), out, 0);
      } catch (JsonParseException | IllegalStateException e) {
        // A page's broken JSON-LD is its own problem; the other signals still count.
      }
    }
    return out;
  }

  private static String stripComments(String json) {
    // Wrappers pages put around the JSON for old browsers: CDATA sections, HTML and JS comments.
    return json.replaceFirst("^(?:\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--))+", "")
        .replaceFirst("(?:(?://\\s*)?(?:\\]\\]>|-->)\\s*)+$", "")
        .trim();
  }

  private static void collect(JsonElement e, List<JsonObject> out, int depth) {
    if (depth > 6 || e == null) return;
    if (e.isJsonArray()) {
      for (JsonElement c : e.getAsJsonArray()) collect(c, out, depth + 1);
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (isArticle(o)) out.add(o);
      if (o.has("@graph")) collect(o.get("@graph"), out, depth + 1);
      if (o.has("mainEntity")) collect(o.get("mainEntity"), out, depth + 1);
    }
  }

  static boolean isArticle(JsonObject o) {
    for (String type : strings(o.get("@type"))) {
      String t = type.toLowerCase(Locale.ROOT).replaceFirst("^https?://schema\\.org/", "");
      if (ARTICLE_TYPES.contains(t)) return true;
    }
    return false;
  }

  /** A plain string property, trimmed; the first of an array. */
  static Optional<String> text(JsonObject o, String key) {
    List<String> all = strings(o.get(key));
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Strings of a value that may be one string or an array of strings. */
  static List<String> strings(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e == null || e.isJsonNull()) return out;
    if (e.isJsonPrimitive()) {
      String s = LiteralEntities.decode(e.getAsString()).trim();
      if (!s.isEmpty()) out.add(s);
    } else if (e.isJsonArray()) {
      for (JsonElement c : e.getAsJsonArray()) if (c.isJsonPrimitive()) out.addAll(strings(c));
    }
    return out;
  }

  /** Names of a value that may be a string, a {@code {"name": ...}} object, or an array of those. */
  static List<String> names(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e == null || e.isJsonNull()) return out;
    if (e.isJsonPrimitive()) {
      out.addAll(strings(e));
    } else if (e.isJsonArray()) {
      for (JsonElement c : (JsonArray) e) out.addAll(names(c));
    } else if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (o.has("name")) out.addAll(names(o.get("name")));
      else if (o.has("givenName") || o.has("familyName")) {
        String n = (String.join(" ", strings(o.get("givenName"))) + " " + String.join(" ", strings(o.get("familyName")))).trim();
        if (!n.isEmpty()) out.add(n);
      }
    }
    return out;
  }

  /** A URL of a value that may be a string, an object with {@code url} or {@code @id}, or an array. */
  static Optional<String> url(JsonElement e) {
    if (e == null || e.isJsonNull()) return Optional.empty();
    if (e.isJsonPrimitive()) return Optional.of(LiteralEntities.decode(e.getAsString()).trim()).filter(s -> !s.isEmpty());
    if (e.isJsonArray()) {
      for (JsonElement c : e.getAsJsonArray()) {
        Optional<String> u = url(c);
        if (u.isPresent()) return u;
      }
      return Optional.empty();
    }
    JsonObject o = e.getAsJsonObject();
    if (o.has("url")) return url(o.get("url"));
    if (o.has("@id")) return url(o.get("@id"));
    return Optional.empty();
  }
}
