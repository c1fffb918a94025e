package gen.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The last resort for a title: the first sentence of the text, without its dateline, cut to about
 * 100 characters at a clause boundary (a comma, a dash, or before a linking word), never the
 * whole of a long paragraph. Photo captions and other fragments above the lede are passed over.
 */
public final class FirstSentenceTitleHeuristic implements Heuristic {
  static final int MAX_CHARS = 100;
  private static final int MIN_CHARS = 25;
  /** A paragraph with fewer words is a caption or a kicker, not the lede. */
  private static final int MIN_LEDE_WORDS = 6;
  private static final int PARAGRAPHS_LOOKED_AT = 4;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…]+[\"”’»)]*(?=\\s|$)");
  /** Parsed once: jsoup parses a query given as a string at every call. */
  private static final org.jsoup.select.Evaluator BLOCKS = org.jsoup.select.QueryParser.parse("p, h1, h2, h3, li, blockquote");
  // Compiled once, not by String.split/replaceAll/matches at every article.
  static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern FINAL_STOP = Pattern.compile("[.。]$");
  private static final Pattern OPENING_MARKS = Pattern.compile("^[\"“‘(«]+");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)*\\p{L}");
  /** Words a period follows without ending the sentence: "Gov. Noem", "Walt Disney Co. executive". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "co", "inc", "corp", "ltd", "jr", "sr", "gen", "gov",
          "sen", "rep", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "no",
          "vs", "etc", "approx", "dept", "univ", "ave", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "vol", "ca", "bzw", "nr", "vgl",
          "mme", "mlle", "sra", "dra", "av", "pág", "sig", "dott", "ing", "arch", "avv", "г", "гг",
          "им", "ул", "тов", "bpk", "ibu");
  private static final Set<String> LINKING_WORDS =
      Set.of(
          "to", "in", "on", "at", "for", "with", "after", "before", "as", "by", "from", "while",
          "when", "where", "which", "who", "that", "and", "but", "because", "during", "amid",
          "than", "into", "over", "under", "about", "against", "since", "until", "of", "or",
          "um", "und", "für", "mit", "nach", "pour", "avec", "dans", "et", "para", "con", "en", "y",
          "per", "che", "e", "de", "dan", "yang", "di", "и", "в", "на", "с", "для");
  /** What a cut title must not end with: a dangling linking word or punctuation. */
  static final Pattern DANGLING =
      Pattern.compile("(?iu)(?:[\\s,;:–—-]+|\\s+(?:and|or|the|a|an|of|to|und|et|y|e|la|le|el|der|die|das)\\s*)+$");

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.candidates().has(Field.TITLE)) return;
    String title = fromText(lede(ctx.body()));
    if (!title.isEmpty()) ctx.offer(Field.TITLE, title, "first-sentence", Trust.INFERRED);
  }

  /** The first paragraph that reads as prose, else the first one there is. */
  private static String lede(Element body) {
    var blocks = body.select(BLOCKS);
    if (blocks.isEmpty()) return body.text();
    for (int i = 0; i < Math.min(PARAGRAPHS_LOOKED_AT, blocks.size()); i++) {
      String t = Blocks.text(blocks.get(i));
      if (hasWords(t, MIN_LEDE_WORDS)) return t;
    }
    return Blocks.text(blocks.get(0));
  }

  /**
   * Whether {@code WHITESPACE.split(t).length >= words}, counted without splitting the whole
   * paragraph: the parts are the runs of non-space, and an empty first part when the text starts
   * with white space (trailing empty parts are dropped, so an all-space text has none).
   */
  static boolean hasWords(String t, int words) {
    int n = t.length();
    if (n == 0) return 1 >= words; // split gives the empty string itself
    int parts = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!space && !inRun) {
        parts++;
        // A leading empty part counts once a run follows it.
        if (parts == 1 && i > 0) parts++;
        if (parts >= words) return true;
      }
      inRun = !space;
    }
    return parts >= words;
  }

  static String fromText(String paragraph) {
    // Each run of white space as one space: EntityFinder's single spacing does what the regex did.
    String p = EntityFinder.singleSpaced(paragraph.strip());
    var dateline = DatelineHeuristic.find(p);
    if (dateline.isPresent() && dateline.get().end() < p.length() - MIN_CHARS) {
      p = p.substring(dateline.get().end()).strip();
    }
    String sentence = firstSentence(p);
    if (sentence.length() <= MAX_CHARS) return sentence;
    String head = sentence.substring(0, MAX_CHARS + 1);
    // A clause boundary: punctuation that ends a clause.
    int cut = Math.max(Math.max(head.lastIndexOf(", "), head.lastIndexOf("; ")), Math.max(head.lastIndexOf(" – "), head.lastIndexOf(" — ")));
    cut = Math.max(cut, head.lastIndexOf(": "));
    if (cut >= MIN_CHARS) return tidy(sentence.substring(0, cut));
    // Before a linking word: "Xi joined Putin in Moscow on Friday | to commemorate ...".
    String[] words = head.split(" ");
    int length = 0, best = -1;
    for (int i = 0; i < words.length - 1; i++) {
      if (i > 0 && LINKING_WORDS.contains(words[i].toLowerCase(Locale.ROOT)) && length >= MIN_CHARS) {
        best = length;
      }
      length += words[i].length() + 1;
    }
    if (best > 0) return tidy(sentence.substring(0, best - 1));
    int space = head.lastIndexOf(' ');
    if (space >= MIN_CHARS) return tidy(sentence.substring(0, space)) + "…";
    return sentence.substring(0, MAX_CHARS).strip() + "…";
  }

  /** The text up to the first full stop that ends a sentence, without that stop. */
  static String firstSentence(String p) {
    Matcher m = SENTENCE_END.matcher(p);
    while (m.find()) {
      if (m.group().startsWith(".") && !endsSentence(p, m.start(), m.end())) continue;
      String s = p.substring(0, m.start()).strip();
      // "?" and "!" belong to a question or exclamation; a full stop does not belong to a title.
      return m.group().startsWith(".") || m.group().startsWith("。") ? s : p.substring(0, m.end()).strip();
    }
    return FINAL_STOP.matcher(p).replaceAll("");
  }

  /** A period ends a sentence unless it closes an abbreviation or an initial, or lower case follows. */
  private static boolean endsSentence(String p, int dot, int after) {
    int w = dot;
    while (w > 0 && !Character.isWhitespace(p.charAt(w - 1))) w--;
    String word = p.substring(w, dot);
    String bare = OPENING_MARKS.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(bare)) return false;
    // "U.S.", "N.Y.", "J.": initials and dotted abbreviations.
    if (INITIALS.matcher(bare).matches()) return false;
    String rest = p.substring(after).stripLeading();
    return rest.isEmpty() || !Character.isLowerCase(rest.codePointAt(0));
  }

  static String tidy(String cut) {
    String c = cut.strip();
    // DANGLING must end at the end: at punctuation it knows, or at a word it knows, which ends in
    // one of these letters (in either case; "ſ" is an "s" to a case-insensitive match). Any other
    // last character means no match, and the regex is not asked to try every position.
    if (!c.isEmpty()) {
      char last = c.charAt(c.length() - 1);
      boolean mayDangle = ",;:–—-".indexOf(last) >= 0 || Character.isWhitespace(last)
          || "dreanfotyls".indexOf(Character.toLowerCase(last)) >= 0
          || "DREANFOTYLS".indexOf(Character.toUpperCase(last)) >= 0;
      if (!mayDangle) return c;
    }
    return DANGLING.matcher(c).replaceAll("").strip();
  }
}
