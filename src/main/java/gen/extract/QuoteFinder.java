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
  private static final Pattern QUOTED =
      Pattern.compile("[“\"«„]([^“”\"«»„]{" + MIN_QUOTE_CHARS + ",1500})[”\"»“]");
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
  private static final Pattern FINAL_PERIOD = Pattern.compile("(?<=\\p{L}{2})[.]$");
  private static final Pattern FINAL_COMMA = Pattern.compile("[,]$");

  public static List<Quote> find(List<String> paragraphs, List<String> people) {
    List<Quote> quotes = new ArrayList<>();
    Optional<String> lastPerson = Optional.empty();
    Mentions mentions = new Mentions(people);
    for (String p : paragraphs) {
      var m = QUOTED.matcher(p);
      // Scanned as an array: the paragraph is a UTF-16 string (curly quotes), whose charAt checks twice.
      char[] chars = p.toCharArray();
      int searchedUpTo = 0;
      // Most paragraphs quote no one: a scan for an opening mark spares the regex's try at every position.
      while (hasOpeningMark(chars, searchedUpTo) && m.find()) {
        Optional<String> mentionedBefore = mentions.lastIn(chars, searchedUpTo, m.start());
        if (mentionedBefore.isPresent()) lastPerson = mentionedBefore;
        String after = p.substring(m.end(), Math.min(p.length(), m.end() + 80));
        String before = p.substring(Math.max(0, m.start() - 80), m.start());
        Optional<String> speaker = speaker(after, before, lastPerson);
        // "said Jane Doe." ends the sentence, not the name; "John F." keeps its initial.
        speaker = speaker.map(s -> FINAL_PERIOD.matcher(s).replaceFirst("")).map(s -> fullName(s, people));
        String text = FINAL_COMMA.matcher(m.group(1).strip()).replaceAll("");
        quotes.add(new Quote(text, speaker));
        if (speaker.isPresent()) lastPerson = speaker;
        searchedUpTo = m.end();
      }
      Optional<String> mentioned = mentions.lastIn(chars, searchedUpTo, chars.length);
      if (mentioned.isPresent()) lastPerson = mentioned;
    }
    return quotes;
  }

  /** Whether {@code p} has one of the marks {@link #QUOTED} opens with at or after {@code from}. */
  private static boolean hasOpeningMark(char[] p, int from) {
    for (int i = from; i < p.length; i++) {
      char c = p[i];
      if (c == '“' || c == '"' || c == '«' || c == '„') return true;
    }
    return false;
  }

  private static Optional<String> speaker(String after, String before, Optional<String> lastPerson) {
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
  private static String fullName(String name, List<String> people) {
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
