package gen.extract;

import gen.model.Entities;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People, organizations and places named in a text, found without a statistical model: places
 * from a gazetteer of countries and large cities; organizations by the words their names end in
 * ("Organization", "Council", "Bank") and by acronyms; people by the titles and verbs around
 * capitalised names ("President Xi Jinping", "Jane Doe said").
 */
public final class EntityFinder {
  private static final Set<String> PLACES = load("places.txt");
  private static final Set<String> ORG_WORDS = load("org-words.txt");
  private static final Set<String> PERSON_TITLES = load("person-titles.txt");
  private static final Set<String> NOT_ACRONYMS = load("not-acronyms.txt");

  private static final String CAP = "\\p{Lu}[\\p{Ll}'’-]*\\p{L}";
  // Bounded: Java's regex engine recurses per repetition, and a run of thousands of capitalised
  // words (a shouted list) would overflow the stack; no name is longer than a dozen words.
  static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}])(" + CAP + "(?:\\s+(?:of|for|and|the|de|du|des|la|le|del|der|von|van)?\\s*" + CAP + "){0,11})");
  static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])(\\p{Lu}{2,6})(?![\\p{L}])");
  private static final Pattern NAME = Pattern.compile(CAP + "(?:\\s+" + CAP + "){1,2}");
  // Compiled once: these run for every capitalised phrase of every article.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_THE = Pattern.compile("^(The|the)\\s+");
  static final Pattern LAST_WORD = Pattern.compile(".*?(\\p{L}+)\\W*$");
  private static final Pattern SPEECH_VERB_AFTER =
      Pattern.compile("(?s)^,?\\s+(said|says|told|wrote|added|who|noted|explained)\\b.*");

  public static Entities find(String text) {
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, Integer> orgs = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    char[] chars = text.toCharArray();
    Matcher m = CAPITALISED.matcher(text).useTransparentBounds(true);
    for (int from = 0; (from = findAtCapital(m, chars, from, 1)) >= 0; ) {
      String phrase = singleSpaced(m.group(1));
      classify(phrase, text, m.start(), people, orgs, places);
    }
    Matcher a = ACRONYM.matcher(text).useTransparentBounds(true);
    for (int from = 0; (from = findAtCapital(a, chars, from, 2)) >= 0; ) {
      String acr = a.group(1);
      if (!NOT_ACRONYMS.contains(acr) && acr.length() >= 3 && !PLACES.contains(acr)) orgs.merge(acr, 1, Integer::sum);
    }
    // People who are also places are not people.
    people.keySet().removeIf(places::containsKey);
    return new Entities(ranked(people), ranked(orgs), ranked(places));
  }

  /**
   * {@link Matcher#find(int)}, from {@code from}, for a pattern that can only match at a capital
   * letter not preceded by a letter (both patterns above start so): tries the pattern only there.
   * Letting the regex engine try every position of the text cost more than all the rest of entity
   * finding. Returns where the next search starts (the end of the match, as find() would go on),
   * or -1 when there is no further match. The matcher needs transparent bounds, so that the
   * pattern's look-behind sees the text before the region. {@code text} is the matcher's text as
   * chars, made once per text: cheaper to scan than the string when it is UTF-16. {@code capitals}
   * is how many capital letters the pattern needs in a row where it starts (1 or 2): the acronym
   * pattern needs two, and trying it at every capitalised word cost more than finding the words.
   */
  static int findAtCapital(Matcher m, char[] text, int from, int capitals) {
    int n = text.length;
    for (int i = from; i < n; i++) {
      char c = text[i];
      // ASCII decided in the loop: C1 does not inline isCapital, and this sees every character.
      if (c < 0x80 ? c < 'A' || c > 'Z' : !isCapital(text, i)) continue;
      if (i > 0 && Character.isLetter(text[i - 1])) continue;
      if (capitals == 2) {
        int next = i + Character.charCount(Character.codePointAt(text, i));
        if (next >= n || !isCapital(text, next)) continue;
      }
      m.region(i, n);
      if (m.lookingAt()) return m.end();
    }
    return -1;
  }

  /** An upper-case letter ({@code \p{Lu}}) starts at {@code i}. */
  private static boolean isCapital(char[] text, int i) {
    char c = text[i];
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.getType(Character.codePointAt(text, i)) == Character.UPPERCASE_LETTER;
  }

  /**
   * {@code SPACES.matcher(phrase).replaceAll(" ")}: each run of whitespace as one space. A phrase
   * whose words are already one space apart (almost every one) is returned as it is, without the
   * regex.
   */
  static String singleSpaced(String phrase) {
    boolean space = false;
    for (int i = 0, n = phrase.length(); i < n; i++) {
      char c = phrase.charAt(i);
      boolean blank = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (blank && (c != ' ' || space)) return SPACES.matcher(phrase).replaceAll(" ");
      space = blank;
    }
    return phrase;
  }

  private static void classify(
      String phrase, String text, int start, Map<String, Integer> people, Map<String, Integer> orgs, Map<String, Integer> places) {
    String[] words = phrase.split(" ");
    String last = words[words.length - 1];
    // A known place first: "Soviet Union" ends like an organization's name but is a place.
    if (PLACES.contains(phrase)) {
      places.merge(phrase, 1, Integer::sum);
      return;
    }
    if (ORG_WORDS.contains(last) && words.length >= 2) {
      // A place inside the name ("Shanghai" in "Shanghai Cooperation Organization") is part of
      // the name, not a place the text is about.
      orgs.merge(stripLeadingTitle(phrase), 1, Integer::sum);
      return;
    }
    // "Chinese President Xi Jinping": a title word, then the name.
    for (int i = 0; i < words.length - 1; i++) {
      if (PERSON_TITLES.contains(words[i])) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
        if (NAME.matcher(rest).matches()) {
          people.merge(rest, 1, Integer::sum);
          return;
        }
      }
    }
    for (String w : words) if (PLACES.contains(w) && words.length <= 2) places.merge(w, 1, Integer::sum);
    if (words.length >= 2 && words.length <= 3 && NAME.matcher(phrase).matches()) {
      String before = text.substring(Math.max(0, start - 30), start);
      String after = text.substring(start + phrase.length(), Math.min(text.length(), start + phrase.length() + 30));
      String prevWord = lastWord(before);
      if (PERSON_TITLES.contains(prevWord)
          || SPEECH_VERB_AFTER.matcher(after).matches()
          || people.containsKey(phrase)) {
        people.merge(phrase, 1, Integer::sum);
      }
    }
  }

  /**
   * {@code LAST_WORD.matcher(s).replaceAll("$1")} (the last word before a name, as the regex
   * finds it), computed without the regex, whose lazy prefix backtracks at every position, for
   * text without line breaks or surrogates; other text still goes through the regex. The regex
   * takes the first run of letters followed by nothing but non-word characters ({@code \W}: not
   * {@code [a-zA-Z0-9_]}) up to the end.
   */
  static String lastWord(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return LAST_WORD.matcher(s).replaceAll("$1");
      }
    }
    int tail = n; // s[tail..] is all \W
    while (tail > 0 && !isAsciiWordChar(s.charAt(tail - 1))) tail--;
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(s.charAt(end))) end++;
      if (end >= tail) return s.substring(i, end);
      i = end;
    }
    return s;
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static String stripLeadingTitle(String phrase) {
    return LEADING_THE.matcher(phrase).replaceFirst("");
  }

  private static List<String> ranked(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    // Most mentioned first; ties keep the order of first mention.
    entries.sort((x, y) -> y.getValue() - x.getValue());
    Set<String> out = new java.util.LinkedHashSet<>();
    for (var e : entries) out.add(e.getKey());
    return new ArrayList<>(out);
  }

  private static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    var in = EntityFinder.class.getResourceAsStream("/gen/extract/" + name);
    if (in == null) throw new IllegalStateException("missing resource " + name);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private EntityFinder() {}
}
