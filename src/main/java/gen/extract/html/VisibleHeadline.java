package gen.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The headline a reader sees: the page's main {@code <h1>}, found and confirmed by the titles its
 * metadata gives. Metadata titles are often written for search engines or social feeds ("What we
 * learned from …" over the page's "11 things we learned from …", a kicker put in front, a shorter
 * or older version); the {@code <h1>} that shares most of its words with one of them is what the
 * page shows. A kicker line the {@code <h1>} sets apart in an element of its own ("Klimaschutz"
 * above "Bohren, bis es heiß wird") is not part of the headline, and neither is a byline or a
 * button label inside it that no metadata title mentions.
 */
final class VisibleHeadline {
  /** Share of words an {@code <h1>} and a metadata title must have in common (Dice coefficient). */
  private static final double CONFIRMED = 0.5;
  private static final int MAX_HEADINGS = 12;
  private static final int MAX_KICKER_WORDS = 8;
  private static final Pattern HIDDEN_CLASS =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:visually-?hidden|sr-only|screen-reader-text|invisible|hidden\\w*)(?:$|[\\s_-])");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Pattern SEPARATOR_AFTER = Pattern.compile("^\\s*[:|\\-–—·•»/]\\s*|^\\s*[：｜]");
  /** Tags that set a line apart; emphasis inside a sentence ({@code <em>}, {@code <q>}) does not. */
  private static final Set<String> LINE_TAGS =
      Set.of("span", "div", "p", "small", "strong", "b", "a", "header", "hgroup", "h2", "h3", "h4", "h5", "h6", "font");
  private static final Pattern KICKER_END = Pattern.compile("[:：|｜]\\s*|\\s[-–—]\\s+");
  private static final Pattern KICKER_JOINED = Pattern.compile("[:：]$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private VisibleHeadline() {}

  /** A piece of an {@code <h1>}: the text of one child, and whether an element of its own holds it. */
  private record Part(String text, boolean ownElement, boolean setApart) {}

  /**
   * The visible headline of the page's {@code <h1>} elements (in page order) confirmed by one of {@code metaTitles} (already without site names), or
   * empty when no {@code <h1>} agrees with them or the page gives no metadata title.
   */
  static Optional<String> of(List<Element> h1s, List<String> metaTitles, List<String> siteNames) {
    if (metaTitles.isEmpty()) return Optional.empty();
    List<Set<String>> metaWords = metaTitles.stream().map(VisibleHeadline::words).toList();
    String best = null;
    double bestScore = CONFIRMED;
    int seen = 0;
    for (Element h1 : h1s) {
      if (++seen > MAX_HEADINGS) break;
      String headline = headline(h1, metaTitles, metaWords);
      if (headline.isEmpty() || isSiteName(headline, siteNames)) continue;
      Set<String> words = words(headline);
      Set<String> whole = words(PageTitleHeuristic.clean(h1.text()));
      double score = 0;
      for (Set<String> m : metaWords) score = Math.max(score, Math.max(dice(words, m), dice(whole, m)));
      if (score > bestScore || best == null && score >= bestScore) {
        best = headline;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the visible headline and the chosen metadata title are one headline in two forms, so
   * the visible one should stand: the metadata title adds a kicker or a label to it, a metadata
   * title adds such a part at an edge, or the metadata title is the headline cut short. Two
   * different wordings are not: which one a page means is not for the layout to say.
   */
  static boolean sameHeadline(String visible, String chosen, List<String> metaTitles) {
    String v = letters(visible);
    String c = letters(chosen.replaceFirst("(?:\\.\\.\\.|…)$", ""));
    if (v.isEmpty() || c.isEmpty()) return false;
    if (c.equals(v) || v.startsWith(c)) return true;
    // "… nach Singapur, Thailand", "…成否（写真＝ロイター）": a short label after the headline.
    if (c.startsWith(v) && v.length() >= c.length() * 0.6) return true;
    // "Nutzerbasierte Abrechnung: Musik-Stars fordern …" over "Musik-Stars fordern …": the page
    // writes a kicker into its headline, before a separator.
    if (hasPartBeside(visible, c)) return true;
    for (String t : metaTitles) if (hasPartBeside(t, v)) return true;
    return hasPartBeside(chosen, v);
  }

  /** Whether {@code title} is {@code part} with a kicker or a label beside it, after or before a separator. */
  private static boolean hasPartBeside(String title, String part) {
    var sep = KICKER_END.matcher(title);
    while (sep.find()) {
      if (letters(title.substring(sep.end())).equals(part) || letters(title.substring(0, sep.start())).equals(part)) return true;
    }
    return false;
  }

  /** Letters and digits only, lower-cased: what is left when punctuation and spacing differ. */
  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The {@code <h1>}'s text, less a kicker line and less the parts no metadata title mentions. */
  static String headline(Element h1, List<String> metaTitles, List<Set<String>> metaWords) {
    List<Part> parts = parts(h1);
    String whole = PageTitleHeuristic.clean(h1.text());
    if (parts.size() < 2 || !parts.get(0).ownElement() || !isStructured(parts, metaTitles)) return whole;
    List<Part> kept = new ArrayList<>(parts);
    // A byline or a button label inside the heading: words no metadata title has.
    kept.removeIf(p -> metaWords.stream().noneMatch(m -> share(words(p.text()), m) >= 0.5));
    if (kept.isEmpty()) return whole;
    if (kept.size() >= 2) {
      int kicker = wordCount(kept.get(0).text());
      int rest = 0;
      for (Part p : kept.subList(1, kept.size())) rest += wordCount(p.text());
      // A kicker that ends in a colon, as the metadata writes it too, is the headline's first half.
      boolean joined = KICKER_JOINED.matcher(kept.get(0).text()).find()
          && metaTitles.stream().anyMatch(t -> letters(t).contains(letters(joined(kept))));
      if (kicker <= MAX_KICKER_WORDS && kicker <= rest && !joined) kept.remove(0);
    }
    return joined(kept);
  }

  private static String joined(List<Part> parts) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) out.append(out.length() == 0 ? "" : " ").append(p.text());
    return PageTitleHeuristic.clean(out.toString());
  }

  /**
   * Whether the heading's first part is a line of its own rather than the start of a sentence: the
   * heading is made only of elements, or a hidden separator or a line break follows the first part,
   * or a metadata title writes the first part and then a separator.
   */
  private static boolean isStructured(List<Part> parts, List<String> metaTitles) {
    if (parts.stream().allMatch(Part::ownElement)) return true;
    if (parts.get(1).setApart()) return true;
    String first = parts.get(0).text();
    for (String t : metaTitles) {
      int at = t.indexOf(first);
      if (at >= 0 && SEPARATOR_AFTER.matcher(t.substring(at + first.length())).lookingAt()) return true;
    }
    return false;
  }

  private static List<Part> parts(Element h1) {
    List<Part> parts = new ArrayList<>();
    boolean apart = false;
    for (Node n : h1.childNodes()) {
      if (n instanceof TextNode t) {
        String text = PageTitleHeuristic.clean(t.text());
        if (!text.isEmpty()) {
          parts.add(new Part(text, false, apart));
          apart = false;
        }
      } else if (n instanceof Element e) {
        if (e.normalName().equals("br") || isHidden(e)) {
          apart = true;
          continue;
        }
        String text = PageTitleHeuristic.clean(e.text());
        if (text.isEmpty()) continue;
        if (!LINE_TAGS.contains(e.normalName())) {
          // Emphasis runs on with the text around it: one part, not a line.
          return List.of(new Part(PageTitleHeuristic.clean(h1.text()), false, false));
        }
        parts.add(new Part(text, true, apart));
        apart = false;
      }
    }
    return parts;
  }

  private static boolean isHidden(Element e) {
    return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
        || HIDDEN_CLASS.matcher(e.className()).find() || HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  private static boolean isSiteName(String headline, List<String> siteNames) {
    String h = headline.toLowerCase(Locale.ROOT);
    for (String s : siteNames) if (h.equals(s.toLowerCase(Locale.ROOT))) return true;
    return false;
  }

  /** Lower-cased words; each Han, kana or Thai character counts as one, as those scripts write no spaces. */
  static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.codePoints().anyMatch(VisibleHeadline::isUnspaced)) {
        w.codePoints().forEach(c -> out.add(Character.toString(c)));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isUnspaced(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
  }

  private static int wordCount(String s) {
    return words(s).size();
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    return 2.0 * common(a, b) / (a.size() + b.size());
  }

  /** Share of a's words found in b. */
  private static double share(Set<String> a, Set<String> b) {
    return a.isEmpty() ? 0 : (double) common(a, b) / a.size();
  }

  private static int common(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) if (b.contains(w)) n++;
    return n;
  }
}
