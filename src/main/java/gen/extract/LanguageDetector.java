package gen.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text: by script where a script names the language (Hangul, kana,
 * Hebrew, Greek, Thai, ...), by counting very common words where many languages share one
 * (Latin, Cyrillic, Arabic). Returns an ISO 639-1 code, or "und" when unsure.
 */
public final class LanguageDetector {
  /** The twenty most common words of each language told apart by words. */
  static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

  static {
    STOPWORDS.put("en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "was", "with", "on", "are", "it", "as", "have", "this", "by", "from", "be", "at"));
    STOPWORDS.put("de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "auf", "für", "auch", "dem", "von", "wird", "wurde", "im"));
    STOPWORDS.put("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "ce", "sont", "par"));
    STOPWORDS.put("es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero"));
    STOPWORDS.put("it", Set.of("il", "di", "che", "la", "e", "per", "una", "della", "del", "non", "sono", "con", "gli", "alla", "nel", "anche", "è", "più", "questo", "le"));
    STOPWORDS.put("pt", Set.of("o", "de", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "é", "mais", "dos", "das", "como", "mas", "ao", "pelo", "foi"));
    STOPWORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "zijn", "voor", "met", "op", "ook", "aan", "er", "maar", "om", "bij", "wordt", "naar"));
    STOPWORDS.put("sv", Set.of("och", "att", "det", "som", "en", "är", "för", "på", "med", "inte", "av", "till", "har", "den", "ett", "om", "var", "men", "från", "också"));
    STOPWORDS.put("da", Set.of("og", "at", "det", "er", "en", "til", "på", "som", "med", "har", "af", "for", "ikke", "der", "var", "de", "den", "fra", "også", "et"));
    STOPWORDS.put("no", Set.of("og", "er", "det", "som", "på", "en", "til", "med", "har", "ikke", "av", "for", "at", "den", "var", "om", "fra", "også", "seg", "ble"));
    STOPWORDS.put("pl", Set.of("i", "w", "nie", "na", "się", "z", "do", "że", "jest", "to", "jak", "o", "po", "co", "ale", "przez", "od", "jego", "są", "tym"));
    STOPWORDS.put("cs", Set.of("a", "se", "na", "je", "v", "že", "to", "s", "z", "do", "o", "jsou", "ale", "jako", "by", "pro", "tak", "jsem", "které", "také"));
    STOPWORDS.put("tr", Set.of("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "gibi", "olan", "ama", "kadar", "sonra", "her", "ne", "değil", "mi", "en"));
    STOPWORDS.put("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "ada", "oleh", "karena", "mereka", "bisa", "sudah"));
    STOPWORDS.put("ro", Set.of("și", "în", "de", "la", "cu", "pe", "care", "nu", "este", "să", "din", "o", "un", "mai", "pentru", "a", "fost", "sunt", "ce", "dar"));
    STOPWORDS.put("hu", Set.of("a", "az", "és", "hogy", "nem", "is", "egy", "meg", "volt", "van", "de", "csak", "már", "ez", "mint", "még", "kell", "pedig", "szerint", "után"));
    STOPWORDS.put("fi", Set.of("ja", "on", "ei", "että", "se", "oli", "hän", "mutta", "kun", "myös", "ovat", "tai", "niin", "kuin", "joka", "sen", "ole", "jo", "vain", "tämä"));
    STOPWORDS.put("vi", Set.of("và", "của", "là", "có", "trong", "được", "cho", "không", "các", "những", "một", "với", "người", "này", "đã", "khi", "để", "từ", "theo", "cũng"));
    STOPWORDS.put("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "для", "он", "его", "от", "но", "все", "так", "было", "также"));
    STOPWORDS.put("uk", Set.of("і", "в", "не", "на", "що", "з", "та", "до", "як", "це", "у", "для", "від", "він", "його", "але", "також", "було", "й", "який"));
    STOPWORDS.put("bg", Set.of("и", "на", "в", "е", "да", "се", "за", "с", "от", "не", "че", "са", "по", "това", "като", "но", "ще", "който", "бъде", "има"));
    STOPWORDS.put("ar", Set.of("في", "من", "على", "إلى", "أن", "عن", "مع", "هذا", "التي", "الذي", "كان", "لا", "ما", "هذه", "بين", "قد", "كما", "بعد", "عام", "أو"));
    STOPWORDS.put("fa", Set.of("و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "تا", "می", "شده", "بر", "هم", "نیز", "کرد", "شود"));
    STOPWORDS.put("ur", Set.of("کے", "میں", "کی", "ہے", "اور", "کو", "سے", "نے", "کہ", "یہ", "پر", "ہیں", "کا", "بھی", "تھا", "گیا", "وہ", "ایک", "لیے", "تو"));
  }

  private static final StopwordTable COMMON_WORDS = new StopwordTable(STOPWORDS);

  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
  private static final int LATIN_ORDINAL = Character.UnicodeScript.LATIN.ordinal();

  private static final Set<String> RTL = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ku", "sd", "ug");

  public static boolean isRightToLeft(String language) {
    String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return RTL.contains(primary);
  }

  /** The language of the text, "und" if it cannot tell. */
  public static String detect(String text) {
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    // A char array: String.codePointAt is slow on text with any non-Latin-1 character.
    char[] chars = sample.toCharArray();
    return detect(chars, chars.length);
  }

  /**
   * One pass over the text counts both what the script decision needs (letters by script) and
   * what the common-word decision needs (words, and the common words of every language), rather
   * than a second pass for the words: the counts of the languages that share the main script are
   * the same whether or not the others are counted too. Reads {@code chars[0..length)}.
   */
  static String detect(char[] chars, int length) {
    // Counted by script ordinal, not in a map of boxed counts: this loop sees every character.
    int[] counts = new int[SCRIPTS.length];
    int letters = 0;
    int[] common = new int[Long.SIZE];
    int words = 0;
    char[] word = new char[COMMON_WORDS.longest() + 1];
    int wordLength = 0; // of the word so far; past word.length it is only known to be too long
    int wordHash = 0; // StopwordTable's hash of word[0..wordLength), kept up as letters come
    boolean inWord = false;
    int asciiLetters = 0;
    for (int i = 0; i <= length; ) {
      int cp;
      boolean letterOrMark;
      if (i == length) {
        i++;
        cp = ' ';
        letterOrMark = false;
      } else if (chars[i] < 0x80) {
        // ASCII decided here: C1 does not inline codePointAt, and most characters are ASCII.
        char c = chars[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          // A run of ASCII letters taken in one inner loop, as the general path below would take
          // it letter by letter, lower-cased. Counted into a local, added to the counts after.
          if (!inWord) {
            wordLength = 0;
            wordHash = 0;
          }
          inWord = true;
          int start = i;
          do {
            if (wordLength < word.length) {
              word[wordLength++] = (char) (c | 0x20);
              wordHash = 31 * wordHash + (c | 0x20);
            }
            i++;
          } while (i < length && (c = chars[i]) < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z');
          asciiLetters += i - start;
          continue;
        }
        i++;
        cp = c;
        letterOrMark = false;
      } else {
        char ch = chars[i];
        // Only a surrogate can start a pair: any other char is its own code point.
        cp = Character.isSurrogate(ch) ? Character.codePointAt(chars, i, length) : ch;
        i += Character.charCount(cp);
        boolean letter = Character.isLetter(cp);
        if (letter) {
          letters++;
          counts[Character.UnicodeScript.of(cp).ordinal()]++;
        }
        letterOrMark = letter || isMark(cp);
        if (letterOrMark) cp = Character.toLowerCase(cp);
      }
      if (letterOrMark) {
        if (!inWord) {
          wordLength = 0;
          wordHash = 0;
        }
        inWord = true;
        if (cp > 0xFFFF) {
          wordLength = word.length; // no common word has such a letter
        } else if (wordLength < word.length) {
          word[wordLength++] = (char) cp;
          wordHash = 31 * wordHash + cp;
        }
        continue;
      }
      if (!inWord) continue;
      inWord = false;
      words++;
      long langs = wordLength < word.length ? COMMON_WORDS.languagesOf(word, wordLength, wordHash) : 0;
      for (; langs != 0; langs &= langs - 1) common[Long.numberOfTrailingZeros(langs)]++;
    }
    letters += asciiLetters;
    counts[LATIN_ORDINAL] += asciiLetters;
    if (letters == 0) return "und";
    int han = counts[Character.UnicodeScript.HAN.ordinal()];
    int kana = counts[Character.UnicodeScript.HIRAGANA.ordinal()] + counts[Character.UnicodeScript.KATAKANA.ordinal()];
    int hangul = counts[Character.UnicodeScript.HANGUL.ordinal()];
    if (hangul > letters * 0.2) return "ko";
    if (kana > letters * 0.05 && kana + han > letters * 0.3) return "ja";
    if (han > letters * 0.3) return "zh";
    // The script with the most letters; a tie goes to the first in declaration order.
    int main = 0;
    for (int s = 1; s < counts.length; s++) if (counts[s] > counts[main]) main = s;
    switch (SCRIPTS[main]) {
      case HEBREW: return "he";
      case GREEK: return "el";
      case THAI: return "th";
      case DEVANAGARI: return "hi";
      case BENGALI: return "bn";
      case TAMIL: return "ta";
      case GEORGIAN: return "ka";
      case ARMENIAN: return "hy";
      case ARABIC: return byCommonWords(common, words, ARABIC_SCRIPT);
      case CYRILLIC: return byCommonWords(common, words, CYRILLIC_SCRIPT);
      case LATIN: return byCommonWords(common, words, LATIN_SCRIPT);
      default: return "und";
    }
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The candidate whose common words the text uses most, or {@code fallback} when too few are
   * used. Words are runs of letters and marks, as the pattern {@code [^\p{L}\p{M}]+} splits them,
   * compared in lower case; ties go to the earlier candidate. {@code common} counts, by a
   * language's bit in {@link #COMMON_WORDS}, the words that are among its common ones.
   */
  private static String byCommonWords(int[] common, int words, Candidates candidates) {
    String best = candidates.fallback();
    int bestCount = 0;
    for (int k = 0; k < candidates.languages().length; k++) {
      int c = common[candidates.bitIndex()[k]];
      if (c > bestCount) {
        best = candidates.languages()[k];
        bestCount = c;
      }
    }
    // Too few common words to tell: a list of names, a table.
    if (bestCount < Math.max(2, words / 50)) return candidates.fallback();
    return best;
  }

  /** Languages that share a script, in the order ties go; their bits in {@link #COMMON_WORDS}. */
  private record Candidates(String fallback, String[] languages, int[] bitIndex, long bits) {
    static Candidates of(String fallback, String... languages) {
      int[] index = new int[languages.length];
      long bits = 0;
      for (int k = 0; k < languages.length; k++) {
        long bit = COMMON_WORDS.bitOf(languages[k]);
        if (bit == 0) throw new IllegalStateException("no common words for " + languages[k]);
        index[k] = Long.numberOfTrailingZeros(bit);
        bits |= bit;
      }
      return new Candidates(fallback, languages, index, bits);
    }
  }

  private static final Candidates ARABIC_SCRIPT = Candidates.of("ar", "ar", "fa", "ur");
  private static final Candidates CYRILLIC_SCRIPT = Candidates.of("ru", "ru", "uk", "bg");
  private static final Candidates LATIN_SCRIPT =
      Candidates.of(
          "und", "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl", "cs", "tr", "id", "ro",
          "hu", "fi", "vi");

  private LanguageDetector() {}
}
