package gen.render;

import gen.text.JsonStrings;

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
  static String newsArticle(ArticleView a) {
    // Written as Gson wrote the same object (JsonStrings quotes as its HTML-safe mode does), in the
    // same order, without building the object first: one a page.
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
    field(sb, "headline", a.title());
    if (a.date() != null) field(sb, "datePublished", a.date());
    if (!a.authors().isEmpty()) {
      sb.append(",\"author\":[");
      for (int i = 0; i < a.authors().size(); i++) {
        if (i > 0) sb.append(',');
        sb.append("{\"@type\":\"Person\"");
        field(sb, "name", a.authors().get(i));
        sb.append('}');
      }
      sb.append(']');
    }
    if (a.source() != null) {
      sb.append(",\"publisher\":{\"@type\":\"Organization\"");
      field(sb, "name", a.source().name());
      sb.append('}');
    }
    if (a.url() != null) field(sb, "isBasedOn", a.url());
    if (a.image() != null && a.image().matches("(?i)https?://.*")) field(sb, "image", a.image());
    if (!a.tags().isEmpty()) field(sb, "keywords", String.join(", ", a.tags()));
    return sb.append(",\"wordCount\":").append(a.wordCount()).append('}').toString();
  }

  /** {@code ,"name":"value"}; nothing for a null value, which Gson leaves out. */
  private static void field(StringBuilder sb, String name, String value) {
    if (value == null) return;
    sb.append(",\"").append(name).append("\":");
    JsonStrings.quote(sb, value);
  }

  private JsonLd() {}
}
