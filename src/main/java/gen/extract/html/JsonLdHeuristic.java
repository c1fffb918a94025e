package gen.extract.html;

import com.google.gson.JsonObject;
import gen.extract.DateParser;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.extract.Urls;
import gen.model.PublishedDate;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a page's JSON-LD article object says: date, authors, publisher, address, image,
 * description and keywords. The headline is left to {@link PageTitleHeuristic}, which weighs it
 * against the visible one.
 */
public final class JsonLdHeuristic implements Heuristic {
  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    List<JsonObject> articles = JsonLd.articles(ctx.document());
    if (articles.isEmpty()) return;
    JsonObject a = main(articles);
    JsonLd.text(a, "datePublished")
        .or(() -> JsonLd.text(a, "dateCreated"))
        .flatMap(DateParser::parseMachine)
        .map(d -> inLocalOffset(d, MetaTags.of(ctx.document())))
        .ifPresent(d -> ctx.offer(Field.DATE, d, "json-ld:datePublished", Trust.STRUCTURED));
    List<String> raw = new ArrayList<>(JsonLd.names(a.get("author")));
    if (raw.isEmpty()) raw.addAll(JsonLd.names(a.get("creator")));
    raw.removeIf(Urls::isWebUrl);
    List<String> authors = AuthorNames.fromAll(raw);
    ctx.offer(Field.AUTHORS, authors, "json-ld:author", Trust.STRUCTURED);
    JsonLd.url(a.get("url")).or(() -> JsonLd.url(a.get("mainEntityOfPage")))
        .filter(Urls::isWebUrl)
        .ifPresent(u -> ctx.offer(Field.URL, u, "json-ld:url", Trust.META - 2));
    JsonLd.names(a.get("publisher")).stream().findFirst()
        .map(name -> SourceNames.of(name, ctx.candidates().value(Field.URL)))
        .ifPresent(s -> ctx.offer(Field.SOURCE, s, "json-ld:publisher", Trust.META - 1));
    JsonLd.url(a.get("image")).filter(Urls::isWebUrl)
        .ifPresent(u -> ctx.offer(Field.IMAGE, u, "json-ld:image", Trust.STRUCTURED));
    JsonLd.text(a, "description").ifPresent(d -> ctx.offer(Field.SUMMARY, d, "json-ld:description", Trust.STRUCTURED));
    List<String> keywords = new ArrayList<>();
    for (String k : JsonLd.strings(a.get("keywords"))) keywords.addAll(Keywords.split(k));
    ctx.offer(Field.TAGS, Keywords.clean(keywords), "json-ld:keywords", Trust.STRUCTURED);
  }

  /**
   * The same moment in the publisher's own offset when a meta tag gives it: "2017-02-24T01:18Z" in
   * JSON-LD and "2017-02-23T17:18-08:00" in OpenGraph are one moment, but the reader's day is the 23rd.
   */
  private static PublishedDate inLocalOffset(PublishedDate d, MetaTags meta) {
    if (d.offset().isEmpty() || d.offset().get().getTotalSeconds() != 0) return d;
    Optional<PublishedDate> local = meta.first("article:published_time").flatMap(DateParser::parseMachine);
    if (local.isPresent() && local.get().offset().isPresent() && local.get().sortKey() == d.sortKey()) return local.get();
    return d;
  }

  /** The article object that carries the most: pages also describe related articles. */
  static JsonObject main(List<JsonObject> articles) {
    JsonObject best = articles.get(0);
    int bestCount = -1;
    for (JsonObject o : articles) {
      int n = (o.has("headline") ? 2 : 0) + (o.has("datePublished") ? 2 : 0) + (o.has("author") ? 1 : 0)
          + (o.has("articleBody") ? 1 : 0);
      if (n > bestCount) {
        best = o;
        bestCount = n;
      }
    }
    return best;
  }
}
