package gen.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import gen.model.Article;
import gen.model.Metadata;
import gen.model.Quote;
import java.util.List;

/**
 * The JSON form of an extracted article, as {@code gen extract --json} prints it. Its keys are a
 * contract: tools and the extraction benchmark read them.
 */
public final class ExtractionJson {
  public static JsonObject of(Article a) {
    Metadata m = a.meta();
    JsonObject o = new JsonObject();
    o.addProperty("file", a.file().relative());
    o.addProperty("title", m.title());
    o.addProperty("slug", a.slug());
    if (m.published().isPresent()) {
      o.addProperty("date", m.published().get().iso());
      o.addProperty("date_precision", m.published().get().precision().label());
    } else {
      o.add("date", JsonNull.INSTANCE);
      o.add("date_precision", JsonNull.INSTANCE);
    }
    o.addProperty("saved", m.saved().map(Object::toString).orElse(null));
    o.add("authors", strings(m.authors()));
    if (m.source().isPresent()) {
      JsonObject s = new JsonObject();
      s.addProperty("name", m.source().get().name());
      s.addProperty("domain", m.source().get().domain().orElse(null));
      s.addProperty("url", m.source().get().url().orElse(null));
      o.add("source", s);
    } else {
      o.add("source", JsonNull.INSTANCE);
    }
    o.addProperty("url", m.url().orElse(null));
    o.addProperty("language", m.language());
    o.addProperty("dir", m.direction().attribute());
    o.addProperty("summary", m.summary());
    o.addProperty("image", m.image().orElse(null));
    o.add("tags", strings(m.tags()));
    o.addProperty("draft", m.draft());
    if (m.dateline().isPresent()) {
      JsonObject d = new JsonObject();
      d.addProperty("place", m.dateline().get().place().orElse(null));
      d.addProperty("agency", m.dateline().get().agency().orElse(null));
      o.add("dateline", d);
    } else {
      o.add("dateline", JsonNull.INSTANCE);
    }
    JsonObject e = new JsonObject();
    e.add("people", strings(m.entities().people()));
    e.add("organizations", strings(m.entities().organizations()));
    e.add("places", strings(m.entities().places()));
    o.add("entities", e);
    JsonArray quotes = new JsonArray();
    for (Quote q : m.quotes()) {
      JsonObject qo = new JsonObject();
      qo.addProperty("text", q.text());
      qo.addProperty("speaker", q.speaker().orElse(null));
      quotes.add(qo);
    }
    o.add("quotes", quotes);
    o.addProperty("word_count", m.wordCount());
    o.addProperty("reading_minutes", m.readingMinutes());
    o.addProperty("body", a.bodyText());
    o.addProperty("body_html", a.bodyHtml());
    JsonObject p = new JsonObject();
    m.provenance().forEach(p::addProperty);
    o.add("provenance", p);
    return o;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  private ExtractionJson() {}
}
