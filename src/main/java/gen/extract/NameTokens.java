package gen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A text cut into the words a name can be made of, each with what separates it from the word
 * before: spaces only, other punctuation (a comma, a quotation mark), or a break (the end of a
 * sentence, a line or a paragraph) that no name runs across. "U.S." and "O'Brien" are one word; an
 * English possessive ("Sheinbaum’s") is cut off and ends the name; an elided French or Italian
 * article ("l'Assemblée", "dell'Interno") is cut off the front.
 */
final class NameTokens {
  /** Only white space since the word before. */
  static final int SPACE = 0;
  /** Punctuation that does not end a sentence since the word before. */
  static final int PUNCT = 1;
  /** A sentence, line or paragraph ended since the word before (or this is the text's first). */
  static final int BREAK = 2;

  /**
   * One word: where it is in the text, its gap to the word before ({@link #SPACE}, {@link #PUNCT},
   * {@link #BREAK}), whether a sentence starts with it, and whether it carried a possessive. Its
   * text is made only when asked for: most words of an article are never looked at as a name's.
   */
  static final class Token {
    private final char[] source;
    private final int start;
    private final int end;
    private final int gap;
    private final boolean sentenceStart;
    private final boolean possessive;
    private String text;

    Token(char[] source, int start, int end, int gap, boolean sentenceStart, boolean possessive) {
      this.source = source;
      this.start = start;
      this.end = end;
      this.gap = gap;
      this.sentenceStart = sentenceStart;
      this.possessive = possessive;
    }

    String text() {
      if (text == null) text = new String(source, start, end - start);
      return text;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    int gap() {
      return gap;
    }

    boolean sentenceStart() {
      return sentenceStart;
    }

    boolean possessive() {
      return possessive;
    }

    boolean capitalised() {
      return Character.isUpperCase(Character.codePointAt(source, start));
    }

    boolean lowerCase() {
      return Character.isLowerCase(Character.codePointAt(source, start));
    }

    boolean startsWithLetter() {
      return Character.isLetter(Character.codePointAt(source, start));
    }

    /** {@code text().hashCode()}, without making the text. */
    int textHash() {
      if (text != null) return text.hashCode();
      int h = 0;
      for (int i = start; i < end; i++) h = 31 * h + source[i];
      return h;
    }

    /** Two or more letters, every one upper case ("BBC", "U.S."). */
    boolean allCaps() {
      int letters = 0;
      for (int i = start; i < end; i++) {
        char c = source[i];
        if (Character.isLetter(c)) {
          if (!Character.isUpperCase(c)) return false;
          letters++;
        }
      }
      return letters >= 2;
    }

    @Override
    public String toString() {
      return text();
    }
  }

  private NameTokens() {}

  /** Abbreviations whose period ends no sentence ("Dr. Smith", "St. Louis"). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Sra", "Jr", "Mt", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col",
      "Sgt", "Capt", "Rev", "Hon", "Mme", "Mlle", "Me", "Ste", "Dott", "Sig", "Inc", "Corp", "Ltd", "Co", "No", "vs", "Nr");

  private static boolean isWordChar(char[] text, int j) {
    char c = text[j];
    if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    int d = Character.codePointAt(text, j);
    return Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK;
  }

  static List<Token> of(String string) {
    char[] text = string.toCharArray();
    List<Token> out = new ArrayList<>(text.length / 6);
    int n = text.length;
    int i = 0;
    int lastStart = -1;
    int lastEnd = 0;
    while (i < n) {
      char first = text[i];
      if (first < 0x80 && !(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first >= '0' && first <= '9')) {
        i++;
        continue;
      }
      if (!isWordChar(text, i) || text[i] >= 0x80 && Character.getType(Character.codePointAt(text, i)) == Character.NON_SPACING_MARK) {
        i += Character.charCount(Character.codePointAt(text, i));
        continue;
      }
      int start = i;
      int j = i;
      while (j < n) {
        char d = text[j];
        if (d < 0x80 ? d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' : false) {
          j++;
        } else if (d >= 0x80 && isWordChar(text, j)) {
          j += Character.charCount(Character.codePointAt(text, j));
        } else if ((d == '\'' || d == '’' || d == '-' || d == '&') && j + 1 < n && isWordChar(text, j + 1)) {
          j++;
        } else if (d == '.' && j + 1 < n && j > start && Character.isUpperCase(text[j - 1])
            && (j - 1 == start || text[j - 2] == '.') && Character.isUpperCase(text[j + 1])) {
          j++; // U.S, U.K, E.U
        } else {
          break;
        }
      }
      int end = j;
      // "U.S." keeps its last period, as a dotted abbreviation does.
      if (end < n && text[end] == '.' && end - start >= 3 && text[end - 2] == '.') end++;
      int gap = gap(text, lastEnd, start, lastStart);
      boolean sentenceStart = gap == BREAK;
      int wordStart = start;
      // An elided article in front: l'Assemblée, dell'Interno, d'Italia.
      if (Character.isLowerCase(text[start])) {
        for (int k = start + 1; k <= start + 5 && k + 1 < end; k++) {
          char c = text[k];
          if ((c == '\'' || c == '’') && Character.isUpperCase(text[k + 1])) {
            wordStart = k + 1;
            gap = gap == BREAK ? BREAK : PUNCT;
            sentenceStart = false;
            break;
          }
        }
      }
      int wordEnd = end;
      boolean possessive = false;
      if (wordEnd - wordStart > 3 && text[wordEnd - 1] == 's' && (text[wordEnd - 2] == '\'' || text[wordEnd - 2] == '’')) {
        wordEnd -= 2;
        possessive = true;
      }
      out.add(new Token(text, wordStart, wordEnd, gap, sentenceStart, possessive));
      lastStart = wordStart;
      lastEnd = end;
      i = end;
    }
    return out;
  }

  /** What separates a word from the one before ({@code text[from..to)}, after the word at {@code lastStart}). */
  private static int gap(char[] text, int from, int to, int lastStart) {
    if (lastStart < 0) return BREAK;
    int kind = SPACE;
    for (int k = from; k < to; k++) {
      char c = text[k];
      if (c == ' ') continue;
      if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';' || c == ':' || c == '|' || c == '•' || c == '·') return BREAK;
      if (c == '.') {
        if (k != from || !abbreviation(text, lastStart, from)) return BREAK;
        continue;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) kind = PUNCT;
    }
    return kind;
  }

  /** The word {@code text[start..end)} is an abbreviation or an initial, whose period ends no sentence. */
  private static boolean abbreviation(char[] text, int start, int end) {
    if (end - start == 1) return Character.isUpperCase(text[start]);
    return end - start <= 4 && ABBREVIATIONS.contains(new String(text, start, end - start));
  }
}
