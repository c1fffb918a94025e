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
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a saved page, weighed across its signals: the {@code <h1>} the page shows, when
 * a metadata title (OpenGraph, JSON-LD, Twitter, Dublin Core, {@code <title>}) confirms it (see
 * {@link VisibleHeadline}); else the metadata title, else the {@code <title>}, each without the
 * " | Site" or " - Site" the publisher appends; else the {@code <h1>}.
 */
public final class PageTitleHeuristic implements Heuristic {
  /**
   * Between a headline and a site name: a spaced dash, bar, colon, slash or guillemet; a bar or
   * underscore (also full-width "｜" and Korean "ㅣ") with or without spaces; " :: ", " -- "; a
   * full-width colon "："; a hyphen glued between two CJK characters ("…需求-新华网").
   */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+(?:[|\\-–—·•»«:/@]|::|--)\\s+|\\s*[|_｜ㅣ]\\s*|[\\s\\u3000]*：[\\s\\u3000]*"
          + "|(?<=[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}！？」』”）])-(?=[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}])");
  /** A site name in brackets after the headline: " [LWN.net]", "（CNET Japan）". */
  private static final Pattern BRACKETED = Pattern.compile("\\s*[\\[(（【＜<].{1,40}[\\])）】＞>](?:\\s*[|\\-–—].*)?");

  private static final Pattern FULL_WIDTH_LABEL = Pattern.compile("[\\s\\u3000]+[＜【《〈][^＜【《〈]{1,40}[＞】》〉]$");

  private static final org.jsoup.select.Evaluator HEADINGS_AND_LINKS =
      org.jsoup.select.QueryParser.parse("h1, h2, a[href]");

  private record Signal(String text, String provenance, int trust) {}

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    MetaTags meta = MetaTags.of(doc);
    String pageTitle = clean(LiteralEntities.decode(doc.title()));
    List<Signal> metaTitles = new ArrayList<>();
    List<String> publisher = new ArrayList<>();
    for (JsonObject a : JsonLd.articles(doc)) {
      publisher.addAll(JsonLd.names(a.get("publisher")));
      // Some pages put a description in "headline" and the title in "name": take the one nearer <title>.
      List<String> both = new ArrayList<>();
      JsonLd.text(a, "headline").ifPresent(both::add);
      JsonLd.text(a, "name").ifPresent(both::add);
      both.stream().max((x, y) -> Double.compare(overlap(x, pageTitle), overlap(y, pageTitle)))
          .ifPresent(t -> metaTitles.add(new Signal(t, "json-ld:headline", Trust.STRUCTURED)));
      break;
    }
    meta.first("og:title").ifPresent(t -> metaTitles.add(new Signal(t, "meta:og:title", Trust.META)));
    meta.first("twitter:title").ifPresent(t -> metaTitles.add(new Signal(t, "meta:twitter:title", Trust.META)));
    meta.first("dc:title", "dcterms:title", "headline", "sailthru.title", "parsely-title")
        .ifPresent(t -> metaTitles.add(new Signal(t, "meta:dc:title", Trust.META)));
    // One walk over the page for headings and links: the tree is large, these are few.
    List<String> headings = new ArrayList<>();
    List<Element> h1s = new ArrayList<>();
    List<Element> links = new ArrayList<>();
    for (Element e : doc.select(HEADINGS_AND_LINKS)) {
      if (e.normalName().equals("a")) {
        links.add(e);
        continue;
      }
      if (e.normalName().equals("h1")) h1s.add(e);
      if (headings.size() > 12) continue;
      String t = clean(e.text());
      if (!t.isEmpty()) headings.add(t);
    }
    List<String> sites = siteNames(meta, ctx, publisher, links);
    List<String> confirming = new ArrayList<>();
    for (Signal s : metaTitles) confirming.add(withoutSiteName(clean(s.text()), sites, headings));
    if (!pageTitle.isEmpty()) confirming.add(withoutSiteName(pageTitle, sites, headings));
    confirming.removeIf(t -> t.isEmpty() || isSite(t, sites));
    Optional<Signal> chosen = metadataTitle(metaTitles, pageTitle, sites, headings);
    Optional<String> visible = VisibleHeadline.of(h1s, confirming, sites);
    if (visible.isPresent()
        && (chosen.isEmpty() || VisibleHeadline.sameHeadline(visible.get(), chosen.get().text(), confirming))) {
      ctx.offer(Field.TITLE, visible.get(), "h1+metadata", Trust.STRUCTURED);
    } else if (chosen.isPresent()) {
      ctx.offer(Field.TITLE, chosen.get().text(), chosen.get().provenance(), chosen.get().trust());
    } else if (!headings.isEmpty()) {
      ctx.offer(Field.TITLE, headings.get(0), "h1", Trust.LAYOUT);
    }
  }

  /** The first metadata title that names this page, else the {@code <title>}; without site names. */
  private static Optional<Signal> metadataTitle(List<Signal> metaTitles, String pageTitle, List<String> sites, List<String> headings) {
    for (Signal s : metaTitles) {
      String t = withoutSiteName(clean(s.text()), sites, headings);
      if (t.isEmpty() || isSite(t, sites)) continue;
      // A section's title ("Latest News & Headlines") shares no words with the page's own headings.
      if (!pageTitle.isEmpty() && overlap(t, pageTitle + " " + String.join(" ", headings)) < 0.34) continue;
      return Optional.of(new Signal(t, s.provenance() + (headings.contains(t) ? "+h1" : ""), s.trust()));
    }
    if (pageTitle.isEmpty()) return Optional.empty();
    return Optional.of(new Signal(withoutSiteName(pageTitle, sites, headings), "title", Trust.META - 5));
  }

  /**
   * What the page says its site is called: og:site_name, application-name, the Twitter account,
   * the JSON-LD publisher, the domain and its main label, the names of its links to the front page.
   */
  private static List<String> siteNames(MetaTags meta, ExtractionContext ctx, List<String> publisher, List<Element> links) {
    List<String> names = new ArrayList<>();
    meta.first("og:site_name").ifPresent(names::add);
    meta.first("application-name").ifPresent(names::add);
    meta.first("twitter:site").map(s -> s.replaceFirst("^@", "")).ifPresent(names::add);
    names.addAll(publisher);
    Optional<String> domain = ctx.candidates().value(Field.URL).flatMap(gen.extract.Urls::domain);
    domain.ifPresent(d -> {
      names.add(d);
      String[] labels = d.split("\\.");
      if (labels.length >= 2) names.add(labels[labels.length - 2]);
    });
    names.addAll(HomeLinks.names(links));
    // "Aktuálně.cz - Víte, co se právě děje": the name before a tagline.
    for (String n : List.copyOf(names)) {
      String[] head = SEPARATOR.split(n, 2);
      if (head.length == 2 && !head[0].isBlank()) names.add(head[0].strip());
    }
    // A page that puts its headline in application-name does not name its site there.
    String ogTitle = clean(meta.first("og:title").orElse(""));
    names.removeIf(n -> clean(n).equals(ogTitle) || n.length() > 60);
    return names;
  }

  /**
   * The title without its site part: segments naming the site (by og:site_name or domain) are cut
   * from either end; a title that starts with one of the page's headings becomes that heading;
   * a short capitalized last segment after " | " is taken for a site name.
   */
  static String withoutSiteName(String title, List<String> sites, List<String> headings) {
    for (String h : headings) {
      if (h.length() >= 4 && title.startsWith(h) && title.length() > h.length()
          && (SEPARATOR.matcher(title.substring(h.length())).lookingAt()
              || BRACKETED.matcher(title.substring(h.length())).matches())) {
        return h;
      }
    }
    // "欲張りなイヌ　＜福娘童話集＞": a label in full-width brackets at the end, after a space, names the site.
    var label = FULL_WIDTH_LABEL.matcher(title);
    if (label.find() && label.start() >= 2) return title.substring(0, label.start()).strip();
    List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(title)));
    if (parts.size() < 2) return title;
    var m = SEPARATOR.matcher(title);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) seps.add(new int[] {m.start(), m.end()});
    int from = 0;
    int to = seps.size(); // keep parts [from, to]
    while (to > from && isSite(parts.get(to), sites)) to--;
    while (from < to && isSite(parts.get(from), sites)) from++;
    if (to < seps.size()) to = withoutSitePath(title, parts, seps, to);
    if (to == seps.size() && from == 0) {
      // No named site: a short trailing "| Name" is still a site name, " - Name" only when capitalized.
      String last = parts.get(parts.size() - 1);
      int[] lastSep = seps.get(seps.size() - 1);
      String sep = title.substring(lastSep[0], lastSep[1]).trim();
      int head = words(title.substring(0, lastSep[0]));
      // A full-width colon or a glued hyphen also joins a kicker to a headline: only a named site is cut there.
      boolean weak = sep.equals("：") || sep.equals("-") && lastSep[1] - lastSep[0] == 1;
      if ((isBar(title, lastSep) || !weak && looksLikeName(last)) && words(last) <= 4 && head >= 3) {
        to = withoutSitePath(title, parts, seps, seps.size() - 1);
      }
    }
    if (from == 0 && to == seps.size()) return title;
    int start = from == 0 ? 0 : seps.get(from - 1)[1];
    int end = to == seps.size() ? title.length() : seps.get(to)[0];
    String kept = title.substring(start, end).strip();
    return words(kept) >= 2 || kept.length() >= 8 ? kept : title;
  }

  /**
   * The index of the last part to keep once the site name after part {@code to} is cut:
   * "Headline_Channel_Site", "Headline-정치ㅣ한국일보": short segments chained to the site name by bars,
   * underscores or glued hyphens are the site's path, not the headline.
   */
  private static int withoutSitePath(String title, List<String> parts, List<int[]> seps, int to) {
    while (to > 0 && words(parts.get(to)) <= 4 && (isBar(title, seps.get(to - 1)) || isGluedHyphen(title, seps.get(to - 1)))
        && words(title.substring(0, seps.get(to - 1)[0])) >= 3) {
      to--;
    }
    return to;
  }

  private static boolean isBar(String title, int[] sep) {
    String s = title.substring(sep[0], sep[1]).trim();
    return s.equals("|") || s.equals("_") || s.equals("｜") || s.equals("ㅣ");
  }

  private static boolean isGluedHyphen(String title, int[] sep) {
    return sep[1] - sep[0] == 1 && title.charAt(sep[0]) == '-';
  }

  private static boolean isSite(String part, List<String> sites) {
    String p = squash(part);
    if (p.isEmpty()) return false;
    for (String s : sites) {
      String q = squash(s);
      if (q.isEmpty()) continue;
      if (p.equals(q)) return true;
      // "BBC News" in "BBC News - Home", "guardian" in "The Guardian": near-equal, not a mention.
      if (q.length() >= 4 && p.contains(q) && p.length() <= q.length() + 10) return true;
      if (p.length() >= 4 && q.contains(p)) return true;
    }
    return false;
  }

  /** Share of a's words found in b. */
  private static double overlap(String a, String b) {
    String[] words = a.toLowerCase(Locale.ROOT).split("\\W+");
    String lb = b.toLowerCase(Locale.ROOT);
    int hits = 0;
    for (String w : words) if (!w.isEmpty() && lb.contains(w)) hits++;
    return words.length == 0 ? 0 : (double) hits / words.length;
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

  /** Words, counting two Han or kana characters as one: those scripts write no spaces. */
  private static int words(String s) {
    String t = s.strip();
    if (t.isEmpty()) return 0;
    long ideographs = t.codePoints().filter(c -> Character.isIdeographic(c)
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
    return t.split("\\s+").length + (int) (ideographs / 2);
  }

  static String clean(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
