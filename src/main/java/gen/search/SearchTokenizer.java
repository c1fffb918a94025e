package gen.search;

import gen.text.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits text into search terms, the same way {@code assets/search.js} splits a query: the two
 * must agree character for character, so a change here is a change there.
 *
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks; anything else separates words.
 *       Words are lower-cased, compatibility forms folded (full-width, ligatures) and diacritics
 *       removed for Latin, Greek and Cyrillic ("Zürich" -> "zurich"), vowel points for Hebrew and
 *       Arabic. Words of one character and words longer than {@value #MAX_WORD} are not terms.
 *   <li>Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) have no word
 *       boundaries to find without a dictionary: a run of them gives its overlapping character
 *       bigrams ("習近平" -> "習近", "近平"); a run of one character gives that character.
 *   <li>Text being indexed also gives each Han character on its own, since one character is
 *       often a word ("雨", or "俄" for Russia): a query of one character finds it anywhere, while
 *       a longer query still matches by bigrams.
 * </ul>
 */
public final class SearchTokenizer {
  static final int MAX_WORD = 40;

  /** The terms of a query, in order: what {@code assets/search.js} looks up. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    scan(text, false, out::add);
    return out;
  }

  /** The terms of a text being indexed, in order: the query's terms plus single Han characters. */
  public static List<String> indexTerms(String text) {
    List<String> out = new ArrayList<>();
    forEachTerm(text, out::add);
    return out;
  }

  /** Calls {@code sink} with each index term of the text. Linear in the text's length. */
  public static void forEachTerm(String text, Consumer<String> sink) {
    scan(text, true, sink);
  }

  private static void scan(String text, boolean index, Consumer<String> sink) {
    // A char array, not String.codePointAt: most text holds a curly quote or a dash, which makes
    // the string UTF-16, and codePointAt then checks every index twice (the indexer's hot loop).
    char[] chars = text.toCharArray();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      if (chars[i] < 0x80) {
        int end = asciiWordEnd(chars, i);
        if (end == i) {
          i++; // an ASCII separator
          continue;
        }
        // An ASCII word that ends at a separator is a term as it is, lower-cased; one that runs on
        // into other letters ("Zürich") goes the general way.
        boolean runsOn = end < n && chars[end] >= 0x80 && classOf(Character.codePointAt(chars, end)) == CharClass.WORD;
        if (!runsOn) {
          int length = end - i;
          if (length >= 2 && length <= MAX_WORD) sink.accept(asciiLower(chars, i, end));
          i = end;
          continue;
        }
      }
      int cp = Character.codePointAt(chars, i);
      CharClass c = classOf(cp);
      if (c == CharClass.SEPARATOR) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int next = Character.codePointAt(chars, i);
        if (classOf(next) != c) break;
        i += Character.charCount(next);
      }
      String run = new String(chars, start, i - start);
      if (c == CharClass.WORD) {
        String word = fold(run);
        int length = word.codePointCount(0, word.length());
        if (length >= 2 && length <= MAX_WORD) sink.accept(word);
      } else {
        unspaced(fold(run), index, sink);
      }
    }
  }

  /** The end of the run of ASCII letters and digits that starts at {@code from}. */
  private static int asciiWordEnd(char[] chars, int from) {
    int i = from;
    while (i < chars.length) {
      char ch = chars[i];
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) break;
      i++;
    }
    return i;
  }

  private static String asciiLower(char[] chars, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      char ch = chars[i];
      out[i - from] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
    }
    return new String(out);
  }

  private static void unspaced(String run, boolean index, Consumer<String> sink) {
    int[] cps = run.codePoints().filter(cp -> classOf(cp) == CharClass.UNSPACED).toArray();
    if (cps.length == 1) {
      sink.accept(new String(cps, 0, 1));
      return;
    }
    for (int k = 0; k < cps.length; k++) {
      if (index && Character.UnicodeScript.of(cps[k]) == Character.UnicodeScript.HAN) sink.accept(new String(cps, k, 1));
      if (k + 1 < cps.length) sink.accept(new String(cps, k, 2));
    }
  }

  enum CharClass { WORD, UNSPACED, SEPARATOR }

  static CharClass classOf(int cp) {
    // Most text is ASCII: decide it without Unicode tables (this is the indexer's hot loop).
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          ? CharClass.WORD
          : CharClass.SEPARATOR;
    }
    // The prolonged sound mark and the (half-width) voicing marks are "Common" script but belong
    // inside kana words.
    if (cp == 0x30FC || cp == 0xFF70 || cp == 0xFF9E || cp == 0xFF9F || (cp >= 0x3099 && cp <= 0x309C)
        || Words.isUnspacedScript(cp)) {
      return CharClass.UNSPACED;
    }
    if (Character.isLetterOrDigit(cp)) return CharClass.WORD;
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER) {
      return CharClass.WORD;
    }
    return CharClass.SEPARATOR;
  }

  /** Lower case, compatibility decomposition, diacritics and vowel points removed, recomposed. */
  static String fold(String s) {
    if (isAscii(s)) return asciiLower(s);
    String lower = s.toLowerCase(Locale.ROOT);
    String d = Normalizer.normalize(lower, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char ch = d.charAt(i);
      if (isFoldedMark(ch)) continue;
      switch (ch) {
        case 'ß' -> sb.append("ss");
        case 'æ' -> sb.append("ae");
        case 'œ' -> sb.append("oe");
        case 'ø' -> sb.append('o');
        case 'ł' -> sb.append('l');
        case 'đ', 'ð' -> sb.append('d');
        case 'þ' -> sb.append("th");
        case 'ı' -> sb.append('i');
        case 'ς' -> sb.append('σ');
        case 'ـ' -> {} // Arabic tatweel: a stretching stroke, not a letter
        default -> sb.append(ch);
      }
    }
    return Normalizer.normalize(sb, Normalizer.Form.NFC);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  private static String asciiLower(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        if (c == null) c = s.toCharArray();
        c[i] = (char) (ch + 32);
      }
    }
    return c == null ? s : new String(c);
  }

  /** Combining marks that readers treat as optional: Latin/Greek/Cyrillic accents, Hebrew and Arabic vowels. */
  static boolean isFoldedMark(char ch) {
    return (ch >= 0x0300 && ch <= 0x036F)
        || (ch >= 0x0591 && ch <= 0x05C7)
        || (ch >= 0x0610 && ch <= 0x061A)
        || (ch >= 0x064B && ch <= 0x065F)
        || ch == 0x0670;
  }

  private SearchTokenizer() {}
}
