package gen.extract;

import gen.read.Format;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Metadata a saved page declares in its head: OpenGraph, meta tags, canonical link, title. */
public final class HtmlMetadataHeuristic implements Heuristic {
  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    meta(doc, "og:title").ifPresent(v -> ctx.offer(Field.TITLE, v, "meta:og:title", Trust.META));
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) ctx.offer(Field.TITLE, h1.text(), "h1", Trust.LAYOUT);
    ctx.offer(Field.TITLE, doc.title(), "title", Trust.INFERRED);
    meta(doc, "article:published_time")
        .flatMap(DateParser::parseMachine)
        .ifPresent(v -> ctx.offer(Field.DATE, v, "meta:article:published_time", Trust.META));
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      DateParser.parseMachine(time.attr("datetime"))
          .ifPresent(v -> ctx.offer(Field.DATE, v, "time", Trust.LAYOUT));
    }
    meta(doc, "author").map(Bylines::names).ifPresent(v -> ctx.offer(Field.AUTHORS, v, "meta:author", Trust.META));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null && Urls.isWebUrl(canonical.attr("href"))) {
      ctx.offer(Field.URL, canonical.attr("href"), "link:canonical", Trust.META);
    }
    meta(doc, "og:url").filter(Urls::isWebUrl).ifPresent(v -> ctx.offer(Field.URL, v, "meta:og:url", Trust.META - 1));
    meta(doc, "description").ifPresent(v -> ctx.offer(Field.SUMMARY, v, "meta:description", Trust.META));
    meta(doc, "og:image").filter(Urls::isWebUrl).ifPresent(v -> ctx.offer(Field.IMAGE, v, "meta:og:image", Trust.META));
    meta(doc, "og:site_name")
        .map(FrontMatterHeuristic::sourceFromText)
        .ifPresent(v -> ctx.offer(Field.SOURCE, v, "meta:og:site_name", Trust.META));
  }

  static java.util.Optional<String> meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
    if (e == null) return java.util.Optional.empty();
    String v = e.attr("content").strip();
    return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v);
  }
}
