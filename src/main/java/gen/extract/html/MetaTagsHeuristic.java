package gen.extract.html;

import gen.extract.DateParser;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.extract.Urls;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's {@code <meta>} tags and head links say: OpenGraph and {@code article:*}, the
 * classic {@code author}/{@code date}/{@code description}/{@code keywords}, Dublin Core,
 * microdata {@code itemprop}, the widespread CMS keys, and the canonical link.
 */
public final class MetaTagsHeuristic implements Heuristic {
  private static final String[] DATE_KEYS = {
    "article:published_time", "article:published", "og:article:published_time", "datepublished",
    "dc:date.issued", "dcterms:issued", "dc:date", "dcterms:date", "dcterms:created", "dc:date.created",
    "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date",
    "article.published", "parsely-pub-date", "sailthru.date", "og:published_time", "citation_publication_date",
    "citation_date", "release_date", "created", "article_date_original"
  };
  private static final String[] AUTHOR_KEYS = {
    "dc:creator", "dcterms:creator", "author", "parsely-author", "sailthru.author", "article:author",
    "og:article:author", "citation_author", "byl", "twitter:creator"
  };

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    MetaTags meta = MetaTags.of(doc);
    for (String key : DATE_KEYS) {
      Optional<gen.model.PublishedDate> d = meta.first(key).flatMap(DateParser::parseMachine);
      if (d.isPresent()) {
        ctx.offer(Field.DATE, d.get(), "meta:" + key, Trust.META);
        break;
      }
    }
    PublisherNames publisher = null;
    for (String key : AUTHOR_KEYS) {
      List<String> raw = new ArrayList<>(meta.all(key));
      raw.removeIf(v -> Urls.isWebUrl(v) || v.startsWith("@") || v.startsWith("/"));
      List<String> names = AuthorNames.fromAll(raw.stream().map(MetaTagsHeuristic::uninverted).toList());
      if (!names.isEmpty()) {
        if (publisher == null) publisher = PublisherNames.of(doc);
        // Keys that often hold a profile link or a handle rather than the byline rank below it.
        boolean weak = key.equals("article:author") || key.equals("twitter:creator");
        publisher.offer(ctx, names, "meta:" + key, weak ? Trust.LAYOUT - 1 : Trust.META);
        if (!publisher.without(names).isEmpty()) break;
      }
    }
    Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (canonical != null && Urls.isWebUrl(canonical.attr("href"))) {
      ctx.offer(Field.URL, canonical.attr("href").trim(), "link:canonical", Trust.META);
    }
    meta.first("og:url").filter(Urls::isWebUrl).ifPresent(v -> ctx.offer(Field.URL, v, "meta:og:url", Trust.META - 1));
    offerFirst(ctx, meta, Field.SUMMARY, "og:description", "description", "twitter:description", "dc:description");
    for (String key : new String[] {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnailurl"}) {
      Optional<String> img = meta.first(key).filter(Urls::isWebUrl);
      if (img.isPresent()) {
        ctx.offer(Field.IMAGE, img.get(), "meta:" + key, Trust.META);
        break;
      }
    }
    meta.first("og:site_name", "application-name", "dc:publisher", "twitter:site")
        .map(n -> n.startsWith("@") ? n.substring(1) : n)
        .filter(n -> n.length() <= 80)
        .ifPresent(n -> ctx.offer(Field.SOURCE, SourceNames.of(n, ctx.candidates().value(Field.URL)),
            "meta:" + meta.firstKey("og:site_name", "application-name", "dc:publisher", "twitter:site").orElse("site"),
            Trust.META));
    List<String> tags = new ArrayList<>(meta.all("article:tag"));
    String provenance = "meta:article:tag";
    if (tags.isEmpty()) {
      for (String key : new String[] {"news_keywords", "keywords", "dc:subject"}) {
        for (String k : meta.all(key)) tags.addAll(Keywords.split(k));
        if (!tags.isEmpty()) {
          provenance = "meta:" + key;
          break;
        }
      }
    }
    ctx.offer(Field.TAGS, Keywords.clean(tags), provenance, Trust.META);
  }

  /** "Jong, Michiel de" (one comma, as library catalogues write it) is "Michiel de Jong". */
  static String uninverted(String name) {
    String[] parts = name.split(",");
    if (parts.length != 2) return name;
    String last = parts[0].strip();
    String first = parts[1].strip();
    if (last.isEmpty() || first.isEmpty() || last.contains(" ") && !last.matches("(?iu)(?:van|von|de|da|di|le|la|du|del|der|ten|ter) .*")) return name;
    if (first.split("\\s+").length > 3 || first.matches("(?iu)(?:jr|sr|ii|iii|phd|md|ma)\\.?")) return name;
    return first + " " + last;
  }

  private static void offerFirst(ExtractionContext ctx, MetaTags meta, Field<String> field, String... keys) {
    for (String key : keys) {
      Optional<String> v = meta.first(key);
      if (v.isPresent()) {
        ctx.offer(field, v.get(), "meta:" + key, Trust.META);
        return;
      }
    }
  }
}
