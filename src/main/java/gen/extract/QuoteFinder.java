package gen.extract;

import gen.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Direct quotations in the body and who said them: {@code “...,” Xi said}, {@code “...,” said
 * Jane Doe}, {@code Jane Doe said: “...”}. A pronoun ("he wrote") is resolved to the person named
 * last before the quote.
 */
public final class QuoteFinder {
  private static final int MIN_QUOTE_CHARS = 20;
  private static final int MAX_QUOTE_CHARS = 1500;
  /** What a quotation is; {@link #nextQuoted} finds it without the regex. */
  static final Pattern QUOTED =
      Pattern.compile("[“\"«„]([^“”\"«»„]{" + MIN_QUOTE_CHARS + "," + MAX_QUOTE_CHARS + "})[”\"»“]");
  private static final String VERB =
      "(?:said|says|wrote|writes|stated|states|told|added|adds|affirmed|noted|notes|explained|asked|argued|insisted|declared|warned|stressed|emphasized|emphasised|continued|replied|recalled"
          // fr, de, es, pt, it, ru: the verbs that introduce a quotation most often
          + "|a\\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|estimé)|déclare|explique|ajoute|affirme|souligne"
          + "|sagte|sagt|erklärte|erklärt|betonte|fügte\\s+hinzu|so"
          + "|dijo|afirmó|explicó|añadió|señaló|aseguró|declaró"
          + "|disse|afirmou|explicou|acrescentou|declarou"
          + "|ha\\s+(?:detto|dichiarato|spiegato|aggiunto)|dice"
          + "|сказал|сказала|заявил|заявила|отметил|отметила|добавил|добавила|подчеркнул)";
  private static final String NAME = "((?:\\p{Lu}[\\p{L}'’.-]+)(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3})";
  private static final Pattern AFTER_NAME_VERB = Pattern.compile("^[\\s,]*" + NAME + "\\s+" + VERB + "\\b");
  private static final Pattern AFTER_VERB_NAME = Pattern.compile("^[\\s,]*" + VERB + "\\s+" + NAME);
  private static final Pattern AFTER_PRONOUN = Pattern.compile(
          "^[\\s,]*(?:he|she|they|il|elle|er|sie|él|ella|ele|ela|lui|lei|он|она)\\s+" + VERB + "\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern BEFORE = Pattern.compile(NAME + "\\s+" + VERB + "[:,]?\\s*$");
  // Compiled once, not by String.replaceFirst/replaceAll at every quote.
  static final Pattern FINAL_PERIOD = Pattern.compile("(?<=\\p{L}{2})[.]$");
  static final Pattern FINAL_COMMA = Pattern.compile("[,]$");

  public static List<Quote> find(List<String> paragraphs, List<String> people) {
    return find(paragraphs, people, String.join("\n\n", paragraphs).toCharArray());
  }

  /**
   * {@link #find(List, List)}, given the chars of the paragraphs joined by a blank line (the
   * body text, whose chars are made once for every scan of it): each paragraph is scanned in
   * place there, not copied into an array of its own.
   */
  static List<Quote> find(List<String> paragraphs, List<String> people, char[] joined) {
    List<Quote> quotes = new ArrayList<>();
    Optional<String> lastPerson = Optional.empty();
    Mentions mentions = new Mentions(people);
    int offset = 0; // where the paragraph starts in joined
    for (String p : paragraphs) {
      int limit = offset + p.length();
      int searchedUpTo = offset;
      for (int[] q; (q = nextQuoted(joined, searchedUpTo, limit)) != null; ) {
        Optional<String> mentionedBefore = mentions.lastIn(joined, searchedUpTo, q[0]);
        if (mentionedBefore.isPresent()) lastPerson = mentionedBefore;
        int start = q[0] - offset;
        int end = q[1] - offset;
        String after = p.substring(end, Math.min(p.length(), end + 80));
        String before = p.substring(Math.max(0, start - 80), start);
        Optional<String> speaker = speaker(after, before, lastPerson);
        // "said Jane Doe." ends the sentence, not the name; "John F." keeps its initial.
        speaker = speaker.map(s -> FINAL_PERIOD.matcher(s).replaceFirst("")).map(s -> fullName(s, people));
        String text = FINAL_COMMA.matcher(p.substring(start + 1, end - 1).strip()).replaceAll("");
        quotes.add(new Quote(text, speaker));
        if (speaker.isPresent()) lastPerson = speaker;
        searchedUpTo = q[1];
      }
      Optional<String> mentioned = mentions.lastIn(joined, searchedUpTo, limit);
      if (mentioned.isPresent()) lastPerson = mentioned;
      offset = limit + 2;
    }
    return quotes;
  }

  /**
   * The next match of {@link #QUOTED} in {@code p} from {@code from}, as {start, end} (the
   * quotation is between the marks), or null: what {@code QUOTED.matcher(p).find(from)} finds,
   * without the regex engine, which tried the pattern at every position and ran its repetition a
   * character at a time (QuoteFinderScanTest holds the two together). At an opening mark, the run
   * of characters that are no mark at all is taken, up to its limit in code points, as the greedy
   * repetition does; it matches when it is long enough and a closing mark follows it (backing off
   * cannot help: a shorter run is followed by a character that is no mark).
   */
  static int[] nextQuoted(char[] p, int from) {
    return nextQuoted(p, from, p.length);
  }

  /** {@link #nextQuoted(char[], int)} in {@code p[0..n)}. */
  private static int[] nextQuoted(char[] p, int from, int n) {
    for (int o = from; o < n; o++) {
      char c = p[o];
      if (c != '“' && c != '"' && c != '«' && c != '„') continue;
      int i = o + 1;
      int codePoints = 0;
      while (i < n && codePoints < MAX_QUOTE_CHARS && !isMark(p[i])) {
        i += Character.isHighSurrogate(p[i]) && i + 1 < n && Character.isLowSurrogate(p[i + 1]) ? 2 : 1;
        codePoints++;
      }
      if (codePoints < MIN_QUOTE_CHARS || i >= n) continue;
      char close = p[i];
      if (close == '”' || close == '"' || close == '»' || close == '“') return new int[] {o, i + 1};
    }
    return null;
  }

  /** A character of the class {@code [“”"«»„]}: every mark {@link #QUOTED} knows. */
  private static boolean isMark(char c) {
    return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
  }

  static Optional<String> speaker(String after, String before, Optional<String> lastPerson) {
    var m = AFTER_NAME_VERB.matcher(after);
    if (m.find()) return Optional.of(m.group(1));
    m = AFTER_VERB_NAME.matcher(after);
    if (m.find()) return Optional.of(m.group(1));
    if (AFTER_PRONOUN.matcher(after).find()) return lastPerson;
    m = BEFORE.matcher(before);
    if (m.find()) return Optional.of(m.group(1));
    return Optional.empty();
  }

  /** "Xi" -> "Xi Jinping" when the article names that person in full. */
  static String fullName(String name, List<String> people) {
    for (String p : people) {
      if (p.equals(name)) return p;
    }
    for (String p : people) {
      for (String part : p.split(" ")) {
        if (part.equals(name)) return p;
      }
    }
    return name;
  }

  private QuoteFinder() {}
}
