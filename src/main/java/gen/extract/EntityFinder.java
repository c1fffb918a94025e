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
  static final Set<String> PLACES = load("places.txt");
  static final Set<String> ORG_WORDS = load("org-words.txt");
  static final Set<String> PERSON_TITLES = load("person-titles.txt");
  static final Set<String> NOT_ACRONYMS = load("not-acronyms.txt");

  private static final String CAP = "\\p{Lu}[\\p{Ll}'’-]*\\p{L}";
  // Bounded: Java's regex engine recurses per repetition, and a run of thousands of capitalised
  // words (a shouted list) would overflow the stack; no name is longer than a dozen words.
  static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}])(" + CAP + "(?:\\s+(?:of|for|and|the|de|du|des|la|le|del|der|von|van)?\\s*" + CAP + "){0,11})");
  static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])(\\p{Lu}{2,6})(?![\\p{L}])");
  static final Pattern NAME = Pattern.compile(CAP + "(?:\\s+" + CAP + "){1,2}");
  // Compiled once: these run for every capitalised phrase of every article.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  static final Pattern LEADING_THE = Pattern.compile("^(The|the)\\s+");
  static final Pattern LAST_WORD = Pattern.compile(".*?(\\p{L}+)\\W*$");
  static final Pattern SPEECH_VERB_AFTER =
      Pattern.compile("(?s)^,?\\s+(said|says|told|wrote|added|who|noted|explained)\\b.*");

  public static Entities find(String text) {
    return find(text, text.toCharArray());
  }

  /** {@link #find(String)}, given the text's chars too (made once for every scan of a body). */
  static Entities find(String text, char[] chars) {
    return find(text, chars, BodyScan.of(chars));
  }

  /**
   * {@link #find(String)}, given the text's chars and where their capitals that follow no letter
   * are (the scan that counts the body's words finds them): the patterns are tried only there.
   */
  static Entities find(String text, char[] chars, BodyScan scan) {
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, Integer> orgs = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    int n = chars.length;
    Matcher m = CAPITALISED.matcher(text).useTransparentBounds(true);
    Matcher a = ACRONYM.matcher(text).useTransparentBounds(true);
    // One scan finds where both patterns match; acronyms are counted after the phrases, as when
    // each pattern had a scan of its own. Each pattern's search goes on from the end of its last
    // match, as Matcher.find does.
    int[] acronyms = new int[16];
    int acronymCount = 0;
    int phraseFrom = 0;
    int acronymFrom = 0;
    for (int k = 0, count = scan.capitalCount(); k < count; k++) {
      int i = scan.capital(k);
      char c = chars[i];
      int next = i + (Character.isHighSurrogate(c) ? Character.charCount(Character.codePointAt(chars, i)) : 1);
      if (i >= acronymFrom && next < n && isCapital(chars, next)) {
        int end = acronymEnd(chars, i);
        if (end == FALLBACK) end = a.region(i, n).lookingAt() ? a.end() : NO_MATCH;
        if (end >= 0) {
          if (acronymCount + 2 > acronyms.length) acronyms = java.util.Arrays.copyOf(acronyms, acronyms.length * 2);
          acronyms[acronymCount++] = i;
          acronyms[acronymCount++] = end;
          acronymFrom = end;
        }
      }
      if (i < phraseFrom) continue;
      int end = capitalisedEnd(chars, i);
      if (end == FALLBACK) end = m.region(i, n).lookingAt() ? m.end() : NO_MATCH;
      if (end < 0) continue;
      String phrase = singleSpaced(new String(chars, i, end - i));
      classify(phrase, chars, i, people, orgs, places);
      phraseFrom = end;
    }
    for (int k = 0; k < acronymCount; k += 2) {
      String acr = new String(chars, acronyms[k], acronyms[k + 1] - acronyms[k]);
      if (!NOT_ACRONYMS.contains(acr) && acr.length() >= 3 && !PLACES.contains(acr)) orgs.merge(acr, 1, Integer::sum);
    }
    // People who are also places are not people.
    people.keySet().removeIf(places::containsKey);
    return new Entities(ranked(people), ranked(orgs), ranked(places));
  }

  /** {@link #capitalisedEnd} and {@link #acronymEnd}: no match here. */
  static final int NO_MATCH = -1;
  /** {@link #capitalisedEnd} and {@link #acronymEnd}: a surrogate is in the way; ask the regex. */
  static final int FALLBACK = -2;

  private static final String[] CONNECTORS = {
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "der", "von", "van"
  };

  /**
   * Where a match of {@link #CAPITALISED} that starts at {@code i} ends, {@link #NO_MATCH}, or
   * {@link #FALLBACK} when a surrogate is met on the way. Decided by hand, as the regex engine
   * decides it (each repetition takes the first way that works, and nothing follows the
   * repetitions, so none is ever undone), rather than by the engine, which was most of the
   * cost of entity finding. The caller has checked that no letter comes before {@code i}.
   */
  static int capitalisedEnd(char[] t, int i) {
    int end = capEnd(t, i);
    if (end < 0) return end;
    int n = t.length;
    for (int rep = 0; rep < 11; rep++) {
      int k = end;
      while (k < n && isRegexSpace(t[k])) k++;
      if (k == end) break; // \s+ needs one
      int found = NO_MATCH;
      for (String connector : CONNECTORS) {
        if (!startsWith(t, k, connector)) continue;
        int j = k + connector.length();
        while (j < n && isRegexSpace(t[j])) j++;
        found = capEnd(t, j);
        if (found != NO_MATCH) break;
      }
      if (found == NO_MATCH) found = capEnd(t, k);
      if (found == FALLBACK) return FALLBACK;
      if (found == NO_MATCH) break;
      end = found;
    }
    return end;
  }

  /**
   * Where {@code \\p{Lu}[\\p{Ll}'’-]*\\p{L}} matches at {@code i} (its greedy run given back to
   * the last lower-case letter when no letter follows it), {@link #NO_MATCH}, or {@link #FALLBACK}.
   */
  private static int capEnd(char[] t, int i) {
    int n = t.length;
    if (i >= n) return NO_MATCH;
    char c = t[i];
    if (Character.isSurrogate(c)) return FALLBACK;
    if (c < 0x80 ? c < 'A' || c > 'Z' : Character.getType(c) != Character.UPPERCASE_LETTER) return NO_MATCH;
    int j = i + 1;
    int afterLower = NO_MATCH;
    for (; j < n; j++) {
      c = t[j];
      if (c < 0x80 ? c >= 'a' && c <= 'z' : Character.getType(c) == Character.LOWERCASE_LETTER) {
        afterLower = j + 1;
      } else if (c != '\'' && c != '’' && c != '-') {
        break;
      }
    }
    if (j < n) {
      c = t[j];
      if (Character.isSurrogate(c)) return FALLBACK;
      if (Character.isLetter(c)) return j + 1;
    }
    return afterLower;
  }

  /**
   * Where a match of {@link #ACRONYM} that starts at {@code i} ends, {@link #NO_MATCH}, or {@link
   * #FALLBACK}: two to six capitals and no letter after them. The caller has checked that no
   * letter comes before {@code i}.
   */
  static int acronymEnd(char[] t, int i) {
    int n = t.length;
    int j = i;
    while (j < n && j - i <= 6) {
      char c = t[j];
      if (Character.isSurrogate(c)) return FALLBACK;
      if (c < 0x80 ? c < 'A' || c > 'Z' : Character.getType(c) != Character.UPPERCASE_LETTER) break;
      j++;
    }
    int length = j - i;
    if (length < 2 || length > 6) return NO_MATCH;
    if (j < n) {
      if (Character.isSurrogate(t[j])) return FALLBACK;
      if (Character.isLetter(t[j])) return NO_MATCH;
    }
    return j;
  }

  /** {@code \\s} in a regex without flags. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean startsWith(char[] t, int at, String s) {
    if (at + s.length() > t.length) return false;
    for (int k = 0; k < s.length(); k++) if (t[at + k] != s.charAt(k)) return false;
    return true;
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
      String phrase, char[] text, int start, Map<String, Integer> people, Map<String, Integer> orgs, Map<String, Integer> places) {
    // Most phrases are one word (a sentence's first): split would make a list to find no space.
    String[] words = phrase.indexOf(' ') < 0 ? new String[] {phrase} : phrase.split(" ");
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
      int from = Math.max(0, start - 30);
      String prevWord = lastWord(text, from, start);
      // The 30 characters after the phrase's start plus its single-spaced length, as ever.
      int afterStart = start + phrase.length();
      int afterEnd = Math.min(text.length, afterStart + 30);
      if (PERSON_TITLES.contains(prevWord)
          || mayOpenWithSpeechVerb(text, afterStart, afterEnd)
              && SPEECH_VERB_AFTER.matcher(new String(text, afterStart, afterEnd - afterStart)).matches()
          || people.containsKey(phrase)) {
        people.merge(phrase, 1, Integer::sum);
      }
    }
  }

  /**
   * {@code LAST_WORD.matcher(s).replaceAll("$1")} (the last word before a name, as the regex
   * finds it), computed without the regex, whose lazy prefix backtracks at every position, for
   * text without surrogates; other text still goes through the regex. The regex
   * takes the first run of letters followed by nothing but non-word characters ({@code \W}: not
   * {@code [a-zA-Z0-9_]}) up to the end.
   */
  static String lastWord(String s) {
    return lastWord(s.toCharArray(), 0, s.length());
  }

  /** {@link #lastWord(String)} of {@code text[from..to)}, read in place. */
  static String lastWord(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isSurrogate(text[i])) return LAST_WORD.matcher(new String(text, from, to - from)).replaceAll("$1");
    }
    int tail = to; // text[tail..to) is all \W
    while (tail > from && !isAsciiWordChar(text[tail - 1])) tail--;
    // The regex's lazy prefix cannot cross a line end ("." does not match one): the match starts
    // at the line of the word it finds, and what comes before that line is kept.
    int lineStart = from;
    for (int i = from; i < to; ) {
      char c = text[i];
      if (!isLetter(c)) {
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') lineStart = i + 1;
        i++;
        continue;
      }
      int end = i;
      while (end < to && isLetter(text[end])) end++;
      if (end >= tail) {
        return lineStart == from
            ? new String(text, i, end - i)
            : new String(text, from, lineStart - from) + new String(text, i, end - i);
      }
      i = end;
    }
    return new String(text, from, to - from);
  }

  /** {@link Character#isLetter(char)}, ASCII decided inline. */
  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /**
   * Whether {@code text[from..to)} starts as {@link #SPEECH_VERB_AFTER} needs: an optional comma,
   * white space, then one of its verbs. Most phrases are followed by none, and the regex is asked
   * only when one is.
   */
  private static boolean mayOpenWithSpeechVerb(char[] text, int from, int to) {
    int k = from;
    if (k < to && text[k] == ',') k++;
    if (k >= to || !isRegexSpace(text[k])) return false;
    while (k < to && isRegexSpace(text[k])) k++;
    for (String verb : SPEECH_VERBS) {
      if (k + verb.length() <= to && startsWith(text, k, verb)) return true;
    }
    return false;
  }

  private static final String[] SPEECH_VERBS = {"said", "says", "told", "wrote", "added", "who", "noted", "explained"};

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
