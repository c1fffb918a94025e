package gen.text;

/** Counting words the way readers perceive them, in spaced and unspaced scripts alike. */
public final class Words {
  /** Words a minute an adult reads; CJK characters count as words at about twice that rate. */
  private static final int WORDS_PER_MINUTE = 230;

  /** Words in the text; each Han, kana or Thai character counts as half a word. */
  public static int count(String text) {
    // A char array, not String.codePointAt: much cheaper per character for text with non-Latin-1
    // characters (a curly quote is enough), and this loop sees every character of every body.
    return count(text.toCharArray());
  }

  /** {@link #count(String)} of the text these chars are (made once for every scan of a body). */
  public static int count(char[] chars) {
    int words = 0;
    int unspaced = 0;
    boolean inWord = false;
    int n = chars.length;
    for (int i = 0; i < n; ) {
      char c = chars[i];
      if (c < 0x80) {
        i++;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9') {
          if (!inWord) words++;
          inWord = true;
          // The rest of a run of ASCII letters and digits in an inner loop: nothing changes in it.
          while (i < n && (c = chars[i]) < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9')) i++;
        } else if (c != '\'' && c != '-') {
          inWord = false;
        }
        continue;
      }
      int cp = Character.codePointAt(chars, i);
      i += Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        unspaced++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) words++;
        inWord = true;
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        inWord = false;
      }
    }
    return words + (unspaced + 1) / 2;
  }

  public static int readingMinutes(int words) {
    return Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
  }

  public static boolean isUnspacedScript(int cp) {
    // Every unspaced script starts at or above Thai (U+0E00); looking up the script is slow.
    if (cp < 0x0E00) return false;
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.THAI
        || s == Character.UnicodeScript.LAO
        || s == Character.UnicodeScript.KHMER
        || s == Character.UnicodeScript.MYANMAR;
  }

  private Words() {}
}
