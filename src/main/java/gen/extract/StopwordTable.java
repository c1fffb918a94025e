package gen.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The very common words of a few dozen languages, looked up straight from a buffer of characters:
 * the language detector meets every word of every article, and making a string of each to ask a
 * hash map cost more than the rest of the detection. Each word maps to the set of languages that
 * use it, as a bit mask over {@link #languages()}.
 */
final class StopwordTable {
  private final List<String> languages;
  private final char[][] keys;
  private final long[] masks;
  private final int slotMask;
  private final int longest;

  StopwordTable(Map<String, Set<String>> wordsByLanguage) {
    languages = List.copyOf(new TreeMap<>(wordsByLanguage).keySet());
    if (languages.size() > Long.SIZE) throw new IllegalArgumentException("at most 64 languages");
    Map<String, Long> maskOfWord = new TreeMap<>();
    for (int i = 0; i < languages.size(); i++) {
      long bit = 1L << i;
      for (String w : wordsByLanguage.get(languages.get(i))) maskOfWord.merge(w, bit, (a, b) -> a | b);
    }
    int size = Integer.highestOneBit(Math.max(16, maskOfWord.size() * 4) - 1) << 1; // load ≤ 1/4
    keys = new char[size][];
    masks = new long[size];
    slotMask = size - 1;
    int max = 0;
    for (Map.Entry<String, Long> e : maskOfWord.entrySet()) {
      char[] word = e.getKey().toCharArray();
      int slot = hash(word, word.length) & slotMask;
      while (keys[slot] != null) slot = (slot + 1) & slotMask;
      keys[slot] = word;
      masks[slot] = e.getValue();
      max = Math.max(max, word.length);
    }
    longest = max;
  }

  /** The languages, in the order of the bits of {@link #languagesOf}. */
  List<String> languages() {
    return languages;
  }

  /** No longer word is in the table. */
  int longest() {
    return longest;
  }

  /** The bit of a language, 0 when the table has none of its words. */
  long bitOf(String language) {
    int i = languages.indexOf(language);
    return i < 0 ? 0 : 1L << i;
  }

  /** The languages whose common words include {@code word[0..length)}, as bits; 0 for none. */
  long languagesOf(char[] word, int length) {
    return languagesOf(word, length, polynomial(word, length));
  }

  /**
   * {@link #languagesOf(char[], int)}, given {@code polynomial}: {@code 31 * h + c} over the
   * word's chars from 0, which a scan can keep up as it reads them.
   */
  long languagesOf(char[] word, int length, int polynomial) {
    if (length > longest) return 0;
    for (int slot = spread(polynomial) & slotMask; keys[slot] != null; slot = (slot + 1) & slotMask) {
      if (equals(keys[slot], word, length)) return masks[slot];
    }
    return 0;
  }

  private static int hash(char[] word, int length) {
    return spread(polynomial(word, length));
  }

  private static int polynomial(char[] word, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) h = 31 * h + word[i];
    return h;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean equals(char[] key, char[] word, int length) {
    if (key.length != length) return false;
    for (int i = 0; i < length; i++) if (key[i] != word[i]) return false;
    return true;
  }
}
