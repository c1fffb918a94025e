package gen.extract.html;

import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Trust;
import gen.extract.Urls;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The names a page gives its own publisher: the site name of its meta tags and JSON-LD, the last
 * part of its {@code <title>}, its domain. Author fields of many sites hold that name ("National
 * Geographic", "STERN.de", "JF" for "Junge Freiheit") where the page shows a person's byline; a
 * name that is the publisher's own is no author.
 */
final class PublisherNames {
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|–—:·»]+\\s+|\\s*::\\s*");
  /** "bbc.co.uk": labels that name no one. */
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "www", "m", "amp");
  private static final Pattern SITE_PARTS = Pattern.compile("\\s+[-|–—:·]\\s+");

  /** Site names and domain labels, normalized (see {@link #key}). */
  private final Set<String> keys = new HashSet<>();
  private final Document doc;
  private boolean read;

  /** The publisher's names, read from the page at the first question: most pages never ask. */
  static PublisherNames of(Document doc) {
    return new PublisherNames(doc);
  }

  private PublisherNames(Document doc) {
    this.doc = doc;
  }

  private Set<String> keys() {
    if (!read) {
      read = true;
      readFrom(doc);
    }
    return keys;
  }

  private void readFrom(Document doc) {
    PublisherNames p = this;
    MetaTags meta = MetaTags.of(doc);
    for (String key : new String[] {"og:site_name", "application-name", "twitter:site", "dc:publisher", "article:publisher"}) {
      for (String v : meta.all(key)) if (!Urls.isWebUrl(v)) p.addSiteName(v.startsWith("@") ? v.substring(1) : v);
    }
    for (String name : JsonLd.publisherNames(doc)) p.addSiteName(name);
    String[] title = TITLE_PARTS.split(doc.title().strip());
    if (title.length > 1 && title[title.length - 1].length() <= 40) p.addSiteName(title[title.length - 1]);
    address(doc, meta).flatMap(Urls::domain).ifPresent(p::addDomain);
  }

  /** The names that are not the publisher's. */
  List<String> without(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) if (!isPublisher(n)) out.add(n);
    return out;
  }

  /**
   * Offers the names that are not the publisher's. A field naming only the publisher is kept as
   * the last resort: where no person signs, the publisher is the credit ("Eurosport").
   */
  void offer(ExtractionContext ctx, List<String> names, String provenance, int trust) {
    List<String> people = without(names);
    if (!people.isEmpty()) ctx.offer(Field.AUTHORS, people, provenance, trust);
    else ctx.offer(Field.AUTHORS, names, provenance + " (the publisher)", Trust.INFERRED);
  }

  boolean isPublisher(String name) {
    // "hessenschau.de/bb", "AFP/The Local": a desk or agency credit, kept as the page writes it.
    if (name.contains("/")) return false;
    String k = key(name);
    if (k.isEmpty()) return false;
    Set<String> keys = keys();
    if (keys.contains(k)) return true;
    // "JuraForum.de-Redaktion", "CNN Staff": the publisher's desk.
    String desk = k.replaceFirst("(?:redaktion|staff|team|newsroom|desk|online|digital|redaccion|redaction)$", "");
    if (desk.length() < k.length() && keys.contains(desk)) return true;
    String initials = initials(name);
    if (initials.length() >= 2 && keys.contains(initials)) return true;
    if (!k.matches(".*[a-z].*")) {
      // Scripts without spaces between words: "日本経済新聞社" is the publisher of "日本経済新聞 電子版".
      for (String site : keys) if (site.length() >= 4 && k.length() <= site.length() + 1 && k.startsWith(site)) return true;
    }
    return false;
  }

  private void addSiteName(String name) {
    String n = name.strip();
    if (n.isEmpty() || n.length() > 80) return;
    keys.add(key(n));
    String initials = initials(n);
    if (initials.length() >= 2) keys.add(initials);
    for (String part : SITE_PARTS.split(n)) keys.add(key(part));
    // "日本経済新聞 電子版": the first word of a name in a script without spaces is the name itself.
    String first = n.split("\\s+")[0];
    if (!first.matches(".*\\p{IsLatin}.*") && first.length() >= 4) keys.add(key(first));
    keys.remove("");
  }

  private void addDomain(String host) {
    String[] labels = host.split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      // "motorsport-total.com" and "motorsport-total"; "wien.orf.at", "orf.at" and "orf".
      keys.add(key(String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length))));
      if (labels[i].length() >= 2 && !SECOND_LEVEL.contains(labels[i])) keys.add(key(labels[i]));
    }
    keys.remove("");
  }

  private static Optional<String> address(Document doc, MetaTags meta) {
    Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (canonical != null && Urls.isWebUrl(canonical.attr("href"))) return Optional.of(canonical.attr("href"));
    return meta.first("og:url").filter(Urls::isWebUrl);
  }

  /** Case, accents and punctuation dropped: "Motorsport-Total.com" is "motorsporttotalcom". */
  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    return n.replaceAll("[\\p{M}\\p{P}\\p{S}\\s]+", "");
  }

  /** "Deutsche Welle" is "dw": the first letters of a name's capitalized words. */
  private static String initials(String name) {
    String[] words = name.strip().split("[\\s-]+");
    if (words.length < 2) return "";
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return "";
      b.appendCodePoint(Character.toLowerCase(w.codePointAt(0)));
    }
    return b.toString();
  }
}
