package gen.extract;

import gen.text.Words;

/**
 * One pass over a body's chars for the two readers of the whole body that look at every
 * character: its word count ({@link Words#count(char[])}) and where its capitals that do not
 * follow a letter are, the only places {@link EntityFinder}'s patterns can match. Each was a pass
 * of its own; in one, the runs of lower-case ASCII letters (most of any text in Latin script) are
 * skipped once for both.
 */
final class BodyScan {
  private final int words;
  private final int[] capitals;
  private final int capitalCount;

  private BodyScan(int words, int[] capitals, int capitalCount) {
    this.words = words;
    this.capitals = capitals;
    this.capitalCount = capitalCount;
  }

  /** {@link Words#count(char[])} of the chars. */
  int words() {
    return words;
  }

  /** How many capitals there are that do not follow a letter. */
  int capitalCount() {
    return capitalCount;
  }

  /** Where the k-th of them is, in order. */
  int capital(int k) {
    return capitals[k];
  }

  static BodyScan of(char[] chars) {
    int words = 0;
    int unspaced = 0;
    boolean inWord = false;
    int[] capitals = new int[64];
    int capitalCount = 0;
    int n = chars.length;
    for (int i = 0; i < n; ) {
      char c = chars[i];
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          if (c <= 'Z' && (i == 0 || !Character.isLetter(chars[i - 1]))) {
            if (capitalCount == capitals.length) capitals = java.util.Arrays.copyOf(capitals, capitalCount * 2);
            capitals[capitalCount++] = i;
          }
          if (!inWord) words++;
          inWord = true;
          // The rest of a run of ASCII letters: each follows a letter, and the word goes on.
          i++;
          while (i < n && (c = chars[i]) < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') i++;
          continue;
        }
        i++;
        if (c >= '0' && c <= '9') {
          if (!inWord) words++;
          inWord = true;
        } else if (c != '\'' && c != '-') {
          inWord = false;
        }
        continue;
      }
      int cp = Character.codePointAt(chars, i);
      if (Character.getType(cp) == Character.UPPERCASE_LETTER && (i == 0 || !Character.isLetter(chars[i - 1]))) {
        if (capitalCount == capitals.length) capitals = java.util.Arrays.copyOf(capitals, capitalCount * 2);
        capitals[capitalCount++] = i;
      }
      i += Character.charCount(cp);
      // As Words.count decides for a character outside ASCII.
      if (Words.isUnspacedScript(cp)) {
        unspaced++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) words++;
        inWord = true;
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        inWord = false;
      }
    }
    return new BodyScan(words + (unspaced + 1) / 2, capitals, capitalCount);
  }
}
