package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.Entities;
import gen.text.RandomPieces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scan of {@link EntityFinder} against the regexes it replaces: the same matches
 * at every position, and the same entities as the regex-only search on any text.
 */
class EntityFinderScanTest {
  private static final String[] PIECES = {
    "Jane", "Doe", "Xi", "Jinping", "President", "Minister", " ", "  ", "\n\n", "\n", "\r\n", "\t", "\u000B",
    "of", "of ", " the ", "de", "des", "del ", "von", "van", "and", "for", "la", "le", "der", "du",
    "UN", "NATO", "BRICS", "ABCDEFG", "UNESCO", "x", "É", "élan", "Ürümqi", "ß", "Σ", "ΣΩ", "Ǆ", "ǅ", "ʰ", "中国",
    "\uD801\uDC00", "\uD835\uDC00", "-", "’", "'", "O'Neil", "Jean-Luc", "McDonald", "abcDEF", "1", "\u00A0",
    ",", ".", " said", ", said", " told", " who ", " explained", "saidx", "Geneva", "China", "Soviet Union",
    "United Nations", "Council", "Bank", "The ", "“", "”", "שלום", "مرحبا", "\u2028", "\u0085"
  };

  private static String randomText(Random random, int maxParts) {
    return RandomPieces.text(random, PIECES, maxParts);
  }

  /** What the regex finds at {@code i} (its end, or NO_MATCH), looking behind {@code i} as find() does. */
  private static int regexEnd(Pattern p, String t, int i) {
    Matcher m = p.matcher(t).useTransparentBounds(true).region(i, t.length());
    return m.lookingAt() ? m.end() : EntityFinder.NO_MATCH;
  }

  @Test
  void the_hand_matchers_end_where_the_regexes_end() {
    Random random = new Random(5);
    for (int round = 0; round < 4000; round++) {
      String t = randomText(random, 24);
      char[] chars = t.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        if (i > 0 && Character.isLetter(chars[i - 1])) continue; // the caller's look-behind
        int phrase = EntityFinder.capitalisedEnd(chars, i);
        if (phrase != EntityFinder.FALLBACK) {
          assertEquals(regexEnd(EntityFinder.CAPITALISED, t, i), phrase, i + " in " + t);
        }
        int acronym = EntityFinder.acronymEnd(chars, i);
        if (acronym != EntityFinder.FALLBACK) {
          assertEquals(regexEnd(EntityFinder.ACRONYM, t, i), acronym, i + " in " + t);
        }
      }
    }
  }

  @Test
  void long_runs_of_capitalised_words_stop_where_the_regex_stops() {
    String shouted = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi";
    char[] chars = shouted.toCharArray();
    assertEquals(regexEnd(EntityFinder.CAPITALISED, shouted, 0), EntityFinder.capitalisedEnd(chars, 0));
  }

  @Test
  void entities_are_those_the_regex_search_finds() {
    Random random = new Random(9);
    for (int round = 0; round < 6000; round++) {
      String t = randomText(random, 60);
      assertEquals(reference(t), EntityFinder.find(t), t);
    }
    for (String t : List.of("", " ", "A", "AB", "Ab", "\uD835\uDC00\uD835\uDC00 Smith said", "x".repeat(100_000),
        "President Jane Doe said. ".repeat(2000), "ABCDEF ".repeat(500) + "NATO")) {
      assertEquals(reference(t), EntityFinder.find(t), t.length() > 60 ? t.substring(0, 60) : t);
    }
  }

  // ---- The search as it was made with Matcher.find and the regexes alone. ----

  private static Entities reference(String text) {
    Map<String, Integer> people = new LinkedHashMap<>();
    Map<String, Integer> orgs = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    Matcher m = EntityFinder.CAPITALISED.matcher(text);
    while (m.find()) classify(m.group(1).replaceAll("\\s+", " "), text, m.start(), people, orgs, places);
    Matcher a = EntityFinder.ACRONYM.matcher(text);
    while (a.find()) {
      String acr = a.group(1);
      if (!EntityFinder.NOT_ACRONYMS.contains(acr) && acr.length() >= 3 && !EntityFinder.PLACES.contains(acr)) {
        orgs.merge(acr, 1, Integer::sum);
      }
    }
    people.keySet().removeIf(places::containsKey);
    return new Entities(ranked(people), ranked(orgs), ranked(places));
  }

  private static void classify(
      String phrase, String text, int start, Map<String, Integer> people, Map<String, Integer> orgs, Map<String, Integer> places) {
    String[] words = phrase.split(" ");
    String last = words[words.length - 1];
    if (EntityFinder.PLACES.contains(phrase)) {
      places.merge(phrase, 1, Integer::sum);
      return;
    }
    if (EntityFinder.ORG_WORDS.contains(last) && words.length >= 2) {
      orgs.merge(EntityFinder.LEADING_THE.matcher(phrase).replaceFirst(""), 1, Integer::sum);
      return;
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (EntityFinder.PERSON_TITLES.contains(words[i])) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
        if (EntityFinder.NAME.matcher(rest).matches()) {
          people.merge(rest, 1, Integer::sum);
          return;
        }
      }
    }
    for (String w : words) if (EntityFinder.PLACES.contains(w) && words.length <= 2) places.merge(w, 1, Integer::sum);
    if (words.length >= 2 && words.length <= 3 && EntityFinder.NAME.matcher(phrase).matches()) {
      String before = text.substring(Math.max(0, start - 30), start);
      String after = text.substring(start + phrase.length(), Math.min(text.length(), start + phrase.length() + 30));
      String prevWord = EntityFinder.LAST_WORD.matcher(before).replaceAll("$1");
      if (EntityFinder.PERSON_TITLES.contains(prevWord)
          || EntityFinder.SPEECH_VERB_AFTER.matcher(after).matches()
          || people.containsKey(phrase)) {
        people.merge(phrase, 1, Integer::sum);
      }
    }
  }

  private static List<String> ranked(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((x, y) -> y.getValue() - x.getValue());
    List<String> out = new ArrayList<>();
    for (var e : entries) if (!out.contains(e.getKey())) out.add(e.getKey());
    return out;
  }
}
