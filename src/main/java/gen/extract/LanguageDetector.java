package gen.extract;

import java.util.ArrayList;
import java.util.EnumMap;
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
  private static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

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

  private static final Map<String, List<String>> LANGUAGES_OF_WORD = new HashMap<>();

  static {
    STOPWORDS.forEach((lang, words) -> {
      for (String w : words) LANGUAGES_OF_WORD.computeIfAbsent(w, k -> new ArrayList<>()).add(lang);
    });
  }

  /** No longer word can be a stopword, so none is looked up. */
  private static final int LONGEST_STOPWORD =
      LANGUAGES_OF_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);

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

  private static final Set<String> RTL = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ku", "sd", "ug");

  public static boolean isRightToLeft(String language) {
    String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return RTL.contains(primary);
  }

  /** The language of the text, "und" if it cannot tell. */
  public static String detect(String text) {
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

  private LanguageDetector() {}
}
