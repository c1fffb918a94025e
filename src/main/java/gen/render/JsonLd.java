package gen.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * schema.org {@code NewsArticle} JSON-LD for an article page. The text is safe inside a {@code
 * <script>} element: Gson's HTML-safe mode writes {@code <}, {@code >}, {@code &}, {@code =} and
 * {@code '} as {@code \\u003c}-style escapes, so a title holding {@code </script>} cannot end it.
 *
 * <p>Only what the page's other markup does not already say to a crawler: the summary is the
 * page's meta description, its own URL the canonical link, its language {@code <html lang>}, the
 * site's name {@code og:site_name}. What it does say (authors, publisher, date, original URL) is
 * also what {@code assets/cite.js} makes the page's BibTeX entry from.
 */
final class JsonLd {
  private static final Gson GSON = new GsonBuilder().create();

  static String newsArticle(ArticleView a) {
    JsonObject o = new JsonObject();
    o.addProperty("@context", "https://schema.org");
    o.addProperty("@type", "NewsArticle");
    o.addProperty("headline", a.title());
    if (a.date() != null) o.addProperty("datePublished", a.date());
    if (!a.authors().isEmpty()) {
      JsonArray authors = new JsonArray();
      for (String name : a.authors()) {
        JsonObject p = new JsonObject();
        p.addProperty("@type", "Person");
        p.addProperty("name", name);
        authors.add(p);
      }
      o.add("author", authors);
    }
    if (a.source() != null) {
      JsonObject pub = new JsonObject();
      pub.addProperty("@type", "Organization");
      pub.addProperty("name", a.source().name());
      o.add("publisher", pub);
    }
    if (a.url() != null) o.addProperty("isBasedOn", a.url());
    if (a.image() != null && a.image().matches("(?i)https?://.*")) o.addProperty("image", a.image());
    if (!a.tags().isEmpty()) o.addProperty("keywords", String.join(", ", a.tags()));
    o.addProperty("wordCount", a.wordCount());
    return GSON.toJson(o);
  }

  private JsonLd() {}
}
