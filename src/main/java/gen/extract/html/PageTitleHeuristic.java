package gen.extract.html;

import com.google.gson.JsonObject;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a saved page, weighed across its signals: a metadata title (OpenGraph,
 * JSON-LD, Twitter, Dublin Core) that the page also shows as its {@code <h1>} is the surest; else
 * the metadata title, else the {@code <title>}, each without the " | Site" or " - Site" the
 * publisher appends; else the {@code <h1>}.
 */
public final class PageTitleHeuristic implements Heuristic {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«:/]\\s+|\\s*[|_]\\s*|\\s+::\\s+");

  private record Signal(String text, String provenance, int trust) {}

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    MetaTags meta = MetaTags.of(doc);
    List<Signal> metaTitles = new ArrayList<>();
    meta.first("og:title").ifPresent(t -> metaTitles.add(new Signal(t, "meta:og:title", Trust.META)));
    for (JsonObject a : JsonLd.articles(doc)) {
      JsonLd.text(a, "headline").or(() -> JsonLd.text(a, "name"))
          .ifPresent(t -> metaTitles.add(new Signal(t, "json-ld:headline", Trust.STRUCTURED)));
    }
    meta.first("twitter:title").ifPresent(t -> metaTitles.add(new Signal(t, "meta:twitter:title", Trust.META)));
    meta.first("dc:title", "dcterms:title", "headline", "sailthru.title", "parsely-title")
        .ifPresent(t -> metaTitles.add(new Signal(t, "meta:dc:title", Trust.META)));
    List<String> headings = new ArrayList<>();
    for (Element h : doc.select("h1, h2")) {
      String t = clean(h.text());
      if (!t.isEmpty()) headings.add(t);
      if (headings.size() > 12) break;
    }
    List<String> sites = siteNames(meta, ctx);
    String pageTitle = clean(doc.title());

    for (Signal s : metaTitles) {
      String t = clean(s.text());
      if (headings.contains(t)) {
        ctx.offer(Field.TITLE, t, s.provenance() + "+h1", s.trust() + 5);
        return;
      }
    }
    for (Signal s : metaTitles) {
      String t = withoutSiteName(clean(s.text()), sites, headings);
      if (!t.isEmpty()) {
        ctx.offer(Field.TITLE, t, s.provenance(), s.trust());
        return;
      }
    }
    if (!pageTitle.isEmpty()) {
      ctx.offer(Field.TITLE, withoutSiteName(pageTitle, sites, headings), "title", Trust.META - 5);
    } else if (!headings.isEmpty()) {
      ctx.offer(Field.TITLE, headings.get(0), "h1", Trust.LAYOUT);
    }
  }

  private static List<String> siteNames(MetaTags meta, ExtractionContext ctx) {
    List<String> names = new ArrayList<>();
    meta.first("og:site_name").ifPresent(names::add);
    meta.first("application-name").ifPresent(names::add);
    meta.first("twitter:site").map(s -> s.replaceFirst("^@", "")).ifPresent(names::add);
    ctx.candidates().value(Field.URL).flatMap(gen.extract.Urls::domain).ifPresent(d -> {
      names.add(d);
      String[] labels = d.split("\\.");
      if (labels.length >= 2) names.add(labels[labels.length - 2]);
    });
    return names;
  }

  /**
   * The title without its site part: segments naming the site (by og:site_name or domain) are cut
   * from either end; a title that starts with one of the page's headings becomes that heading;
   * a short capitalized last segment after " | " is taken for a site name.
   */
  static String withoutSiteName(String title, List<String> sites, List<String> headings) {
    for (String h : headings) {
      if (h.length() >= 10 && title.startsWith(h) && title.length() > h.length()
          && SEPARATOR.matcher(title.substring(h.length())).lookingAt()) {
        return h;
      }
    }
    List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(title)));
    if (parts.size() < 2) return title;
    var m = SEPARATOR.matcher(title);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) seps.add(new int[] {m.start(), m.end()});
    int from = 0;
    int to = seps.size(); // keep parts [from, to]
    while (to > from && isSite(parts.get(to), sites)) to--;
    while (from < to && isSite(parts.get(from), sites)) from++;
    if (to == seps.size() && from == 0) {
      // No named site: a short trailing "| Name" is still a site name, " - Name" only when capitalized.
      String last = parts.get(parts.size() - 1);
      String sep = title.substring(seps.get(seps.size() - 1)[0], seps.get(seps.size() - 1)[1]).trim();
      int head = words(title.substring(0, seps.get(seps.size() - 1)[0]));
      if ((sep.equals("|") || sep.equals("_") || looksLikeName(last)) && words(last) <= 4 && head >= 3) {
        to = seps.size() - 1;
      }
    }
    if (from == 0 && to == seps.size()) return title;
    int start = from == 0 ? 0 : seps.get(from - 1)[1];
    int end = to == seps.size() ? title.length() : seps.get(to)[0];
    String kept = title.substring(start, end).strip();
    return words(kept) >= 2 || kept.length() >= 8 ? kept : title;
  }

  private static boolean isSite(String part, List<String> sites) {
    String p = squash(part);
    if (p.isEmpty()) return false;
    for (String s : sites) {
      String q = squash(s);
      if (q.isEmpty()) continue;
      if (p.equals(q) || q.length() >= 4 && (p.contains(q) || q.contains(p) && p.length() >= 4)) return true;
    }
    return false;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceFirst("^(www|the)", "");
  }

  private static boolean looksLikeName(String s) {
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) return false;
    }
    return true;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static String clean(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
