package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The detector's hand-written word scan against the straightforward version it replaced (lower-case
 * the text, split it into words, look each word up in a map), on random texts mixing the common
 * words of every language with other words, cases, marks, digits and punctuation.
 */
class LanguageDetectorEquivalenceTest {
  @Test
  void the_word_scan_decides_as_the_straightforward_version_did() {
    Random random = new Random(20261127);
    List<String> common = new ArrayList<>();
    LanguageDetector.STOPWORDS.values().forEach(common::addAll);
    String[] other = {"Minister", "council", "Überweisung", "ÉTÉ", "café", "Москва", "ПРАВИТЕЛЬСТВО", "وزارة", "Ελλάδα",
        "e\u0301te\u0301", "𝐀𝐁", "x", "ab", "Ñandú", "ﬁnal", "ǅemal"};
    String[] gaps = {" ", "  ", ", ", ". ", "\n\n", " — ", " 2024 ", "-", "’", " (", ") ", "\u00A0"};
    for (int run = 0; run < 3000; run++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(60);
      for (int w = 0; w < words; w++) {
        String word = random.nextInt(3) == 0 ? other[random.nextInt(other.length)] : common.get(random.nextInt(common.size()));
        switch (random.nextInt(4)) {
          case 0 -> word = word.toUpperCase(Locale.ROOT);
          case 1 -> word = word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
          default -> { }
        }
        text.append(word).append(gaps[random.nextInt(gaps.length)]);
      }
      String t = text.toString();
      assertEquals(Reference.detect(t), LanguageDetector.detect(t), t);
    }
  }

  /** The detector as it was, kept as the oracle. */
  private static final class Reference {
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = new HashMap<>();

    static {
      LanguageDetector.STOPWORDS.forEach((lang, words) -> {
        for (String w : words) LANGUAGES_OF_WORD.computeIfAbsent(w, k -> new ArrayList<>()).add(lang);
      });
    }

    private static final int LONGEST_STOPWORD = LANGUAGES_OF_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private static final int LATIN_ORDINAL = Character.UnicodeScript.LATIN.ordinal();

  private static boolean isLetterOrMark(int cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
  static String detect(String text) {
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    // Counted by script ordinal, not in a map of boxed counts: this loop sees every character.
    int[] counts = new int[SCRIPTS.length];
    int letters = 0;
    // A char array: String.codePointAt is slow on text with any non-Latin-1 character.
    char[] chars = sample.toCharArray();
    for (int i = 0; i < chars.length; ) {
      int cp = Character.codePointAt(chars, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          letters++;
          counts[LATIN_ORDINAL]++;
        }
        continue;
      }
      if (!Character.isLetter(cp)) continue;
      letters++;
      counts[Character.UnicodeScript.of(cp).ordinal()]++;
    }
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    for (int s = 0; s < counts.length; s++) if (counts[s] > 0) scripts.put(SCRIPTS[s], counts[s]);
    if (letters == 0) return "und";
    int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
    int kana =
        scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    int hangul = scripts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
    if (hangul > letters * 0.2) return "ko";
    if (kana > letters * 0.05 && kana + han > letters * 0.3) return "ja";
    if (han > letters * 0.3) return "zh";
    Character.UnicodeScript main =
        scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    switch (main) {
      case HEBREW: return "he";
      case GREEK: return "el";
      case THAI: return "th";
      case DEVANAGARI: return "hi";
      case BENGALI: return "bn";
      case TAMIL: return "ta";
      case GEORGIAN: return "ka";
      case ARMENIAN: return "hy";
      case ARABIC: return byStopwords(sample, "ar", "ar", "fa", "ur");
      case CYRILLIC: return byStopwords(sample, "ru", "ru", "uk", "bg");
      case LATIN:
        return byStopwords(
            sample, "und", "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "cs",
            "tr", "id", "ro", "hu", "fi", "vi");
      default: return "und";
    }
  }

  private static String byStopwords(String text, String fallback, String... candidates) {
    Map<String, Integer> counts = new HashMap<>();
    int words = 0;
    // Words are runs of letters and marks, as the pattern [^\p{L}\p{M}]+ splits them; one
    // lookup per word in the word -> languages index rather than one per language.
    String lower = text.toLowerCase(Locale.ROOT);
    char[] chars = lower.toCharArray();
    List<String> wanted = List.of(candidates);
    int start = -1;
    for (int i = 0; i <= chars.length; ) {
      int cp = i < chars.length ? Character.codePointAt(chars, i) : ' ';
      boolean wordChar = i < chars.length && isLetterOrMark(cp);
      if (wordChar && start < 0) start = i;
      if (!wordChar && start >= 0) {
        words++;
        // A longer word is no stopword: not even looked up.
        List<String> langs = i - start > LONGEST_STOPWORD ? null : LANGUAGES_OF_WORD.get(new String(chars, start, i - start));
        if (langs != null) {
          // A word's languages are distinct, so this counts as one pass over the candidates would.
          for (String lang : langs) if (wanted.contains(lang)) counts.merge(lang, 1, Integer::sum);
        }
        start = -1;
      }
      i += i < chars.length ? Character.charCount(cp) : 1;
    }
    String best = fallback;
    int bestCount = 0;
    for (String lang : candidates) {
      int c = counts.getOrDefault(lang, 0);
      if (c > bestCount) {
        best = lang;
        bestCount = c;
      }
    }
    // Too few common words to tell: a list of names, a table.
    if (bestCount < Math.max(2, words / 50)) return fallback;
    return best;
  }

  }
}
