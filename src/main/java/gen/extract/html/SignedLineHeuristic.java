package gen.extract.html;

import gen.extract.Agencies;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.read.Format;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Authors from a short line of the page that signs the article in words rather than in markup:
 * "Von Cosima Künzel", "Ein Artikel von Pamela Sladky | 27.01.2022", "Written by: Julie Mollins",
 * "Auteur : Kossivi Tiassou", "Datum: 19.11.2021 Autor: Fritz Imhof", and, when nothing else
 * signs, a desk credit "Quelle: MDR THÜRINGEN/ls". A fallback below the marked-up byline: the
 * line is looked for in the article first, then in the whole page.
 */
public final class SignedLineHeuristic implements Heuristic {
  private static final int MAX_LINE = 150;
  private static final Pattern LEAD =
      Pattern.compile(
          "(?iu)^(?:(?:text|ein artikel|ein beitrag|ein interview|ein kommentar|erstellt|geschrieben|verfasst|written|posted|"
              + "story|words|reportage|un article|une tribune|texto|testo|reportaje)\\s+)?(?:von|by|par|por|di)\\s*:?\\s+(.+)$");
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:^|\\s)(?:autor(?:in|en)?|author|auteur|autore|verfasser(?:in)?|written by|texto|text|testo)\\s*:\\s*"
              + "(.+?)(?=\\s+\\p{Lu}\\p{L}+\\s?:|$)");
  private static final Pattern LEAD_WORD = Pattern.compile("(?iu)\\s*(?:von|by|par|por|di)\\s*:?\\s*");
  private static final Pattern SOURCE = Pattern.compile("(?iu)^(?:quelle|source|fuente|fonte)\\s*:\\s*(.+)$");
  /** Words of a name that start in lower case: particles, not sentence words. */
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "de", "da", "del", "der", "den", "di", "du", "la", "le", "y", "bin", "al", "ten", "ter", "zu", "dos", "das", "e");
  private static final Pattern OUTSIDE_ARTICLE =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:comments?|related|sidebar|widget|recommend\\w*|newsletter|nav|navigation|menu)(?:$|[\\s_-])");

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    if (ctx.candidates().trustOf(Field.AUTHORS) >= Trust.LAYOUT) return;
    Element article = ctx.body();
    PublisherNames publisher = PublisherNames.of(ctx.document());
    Optional<Signed> found = find(article, false, publisher);
    if (found.isEmpty() && article != ctx.document().body()) found = find(ctx.document().body(), false, publisher);
    if (found.isEmpty()) found = find(ctx.document().body(), true, publisher);
    found.ifPresent(s -> ctx.offer(Field.AUTHORS, s.names(), s.provenance(), Trust.LAYOUT - 1));
  }

  private record Signed(List<String> names, String provenance) {}

  private static Optional<Signed> find(Element scope, boolean sources, PublisherNames publisher) {
    for (Element e : scope.getAllElements()) {
      if (e.childrenSize() > 12 || e.textNodes().stream().allMatch(t -> t.isBlank())) continue;
      // "<span>By</span><span><a>Alex Bozarjian</a></span>": the lead word alone, the name beside it.
      String text;
      if (e.childrenSize() == 0 && LEAD_WORD.matcher(e.ownText()).matches() && e.parent() != null && e.parent().childrenSize() <= 12) {
        e = e.parent();
        text = spaced(e);
      } else {
        text = e.text();
      }
      if (text.length() > MAX_LINE || text.length() < 4) continue;
      Optional<Signed> s = sources ? read(text, SOURCE, "signed-line:source") : read(text, LEAD, "signed-line")
          .or(() -> read(text, LABEL, "signed-line:label"));
      // "By The Planetary Press" on a republished article: the person who wrote it may sign further down.
      if (s.isPresent() && !outsideArticle(e) && (sources || !publisher.without(s.get().names()).isEmpty())) return s;
    }
    return Optional.empty();
  }

  /** The names a byline's text signs with in words ("erstellt von X —", "Datum: … Autor: X Quelle: …"), if it does. */
  static Optional<List<String>> namesIn(String text) {
    return read(text, LEAD, "").or(() -> read(text, LABEL, "")).map(Signed::names);
  }

  /** The text of the element's children with a space between each: spans side by side read "ByAlex" otherwise. */
  private static String spaced(Element e) {
    StringBuilder b = new StringBuilder();
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      String t = n instanceof Element c ? c.text() : n instanceof org.jsoup.nodes.TextNode tn ? tn.text() : "";
      if (!t.isBlank()) b.append(t.strip()).append(' ');
    }
    return b.toString().strip();
  }

  private static Optional<Signed> read(String text, Pattern p, String provenance) {
    Matcher m = p.matcher(text);
    if (!m.find()) return Optional.empty();
    List<String> names = AuthorNames.fromByline(m.group(1));
    if (names.isEmpty() || !names.stream().allMatch(SignedLineHeuristic::isStrictName)) return Optional.empty();
    return Optional.of(new Signed(names, provenance));
  }

  /** A person's name or a credit: capitalized words but for particles, or "dpa/lno". */
  static boolean isStrictName(String name) {
    if (name.indexOf('/') > 0 || Agencies.isAgency(name)) return true;
    String[] words = name.split("\\s+");
    if (words.length > 4) return false;
    for (String w : words) {
      if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)) return false;
    }
    return true;
  }

  private static boolean outsideArticle(Element e) {
    // The body's classes name the page's template ("white-menu"), not a part of it.
    for (Element p = e; p != null && !p.tagName().equals("body"); p = p.parent()) {
      if (OUTSIDE_ARTICLE.matcher(ClassHints.names(p)).find()) return true;
    }
    return false;
  }
}
