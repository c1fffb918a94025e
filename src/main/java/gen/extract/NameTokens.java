package gen.extract;

import java.util.ArrayList;
import java.util.List;

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
   * {@link #BREAK}), whether a sentence starts with it, and whether it carried a possessive.
   */
  record Token(String text, int start, int end, int gap, boolean sentenceStart, boolean possessive) {
    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, every one upper case ("BBC", "U.S."). */
    boolean allCaps() {
      int letters = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          if (!Character.isUpperCase(c)) return false;
          letters++;
        }
      }
      return letters >= 2;
    }
  }

  private NameTokens() {}

  /** Abbreviations whose period ends no sentence ("Dr. Smith", "St. Louis"). */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Sra", "Jr", "Mt", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col",
      "Sgt", "Capt", "Rev", "Hon", "Mme", "Mlle", "Me", "Ste", "Dott", "Sig", "Inc", "Corp", "Ltd", "Co", "No", "vs", "Nr");

  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int lastEnd = 0;
    String lastWord = null;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      int j = i;
      while (j < n) {
        int d = text.codePointAt(j);
        if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          j += Character.charCount(d);
        } else if ((d == '\'' || d == '’' || d == '-' || d == '&') && j + 1 < n && Character.isLetterOrDigit(text.codePointAt(j + 1))) {
          j++;
        } else if (d == '.' && j + 1 < n && j > start && Character.isUpperCase(text.charAt(j - 1))
            && (j - 1 == start || text.charAt(j - 2) == '.') && Character.isUpperCase(text.charAt(j + 1))) {
          j++; // U.S, U.K, E.U
        } else {
          break;
        }
      }
      int end = j;
      // "U.S." keeps its last period, as a dotted abbreviation does.
      if (end < n && text.charAt(end) == '.' && end - start >= 3 && text.charAt(end - 2) == '.') end++;
      String word = text.substring(start, end);
      int gap = gap(text, lastEnd, start, lastWord);
      boolean sentenceStart = gap == BREAK;
      // An elided article in front: l'Assemblée, dell'Interno, d'Italia.
      int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
      if (apostrophe > 0 && apostrophe <= 5 && apostrophe + 1 < word.length()
          && Character.isLowerCase(word.charAt(0)) && Character.isUpperCase(word.charAt(apostrophe + 1))) {
        start += apostrophe + 1;
        word = word.substring(apostrophe + 1);
        gap = gap == BREAK ? BREAK : PUNCT;
        sentenceStart = false;
      }
      boolean possessive = false;
      if (word.length() > 3 && (word.endsWith("'s") || word.endsWith("’s"))) {
        word = word.substring(0, word.length() - 2);
        possessive = true;
      }
      out.add(new Token(word, start, start + word.length(), gap, sentenceStart, possessive));
      lastEnd = end;
      lastWord = word;
      i = end;
    }
    return out;
  }

  /** What separates a word from the one before ({@code text[from..to)}, after {@code lastWord}). */
  private static int gap(String text, int from, int to, String lastWord) {
    if (lastWord == null) return BREAK;
    int kind = SPACE;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';' || c == ':' || c == '|' || c == '•' || c == '·') return BREAK;
      if (c == '.') {
        boolean abbreviation = k == from && (ABBREVIATIONS.contains(lastWord) || lastWord.length() == 1 && Character.isUpperCase(lastWord.charAt(0)));
        if (!abbreviation) return BREAK;
        continue;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) kind = PUNCT;
    }
    return kind;
  }
}
