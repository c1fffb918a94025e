package gen.extract;

import gen.model.PublishedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the ways articles write them: ISO-8601, RFC 1123, "May 3, 2024", "3 May
 * 2024", "3. Mai 2024", "03.05.2024", "2024年5月3日", with month names in several languages.
 * Impossible dates (2024-02-30) are not dates. Ambiguous numeric forms (03/05/2024) are read
 * day-first only when the day is over 12 or the month-first reading is impossible, else skipped: a
 * wrong date is worse than none.
 */
public final class DateParser {

  /** A date found in a text and where it stands. */
  public record Match(PublishedDate date, int start, int end) {}

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      // en, de, fr, es, it, pt, nl, sv/no/da, id, ro, tr, then the genitive forms dates take in
      // ru, uk, cs and pl ("3 мая 2024", "3. května 2024", "3 maja 2024")
      {"january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jänner", "jan.",
        "ianuarie", "ocak", "января", "январь", "січня", "ledna", "stycznia"},
      {"february", "feb", "februar", "février", "fevrier", "févr", "fev", "febrero", "febbraio", "fevereiro", "februari",
        "februarie", "şubat", "subat", "февраля", "февраль", "лютого", "února", "unora", "lutego"},
      {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mär", "maret", "martie", "mart",
        "марта", "март", "березня", "března", "brezna", "marca"},
      {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "aprilie", "nisan", "апреля", "апрель", "квітня", "dubna",
        "kwietnia"},
      {"may", "mai", "mayo", "maggio", "maio", "mei", "maj", "mayıs", "mayis", "мая", "май", "травня", "května", "kvetna",
        "maja"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "iunie", "haziran", "июня", "июнь", "червня", "června",
        "cervna", "czerwca"},
      {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "iulie", "temmuz", "июля", "июль", "липня",
        "července", "cervence", "lipca"},
      {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "agustus", "ağustos", "agustos", "августа",
        "август", "серпня", "srpna", "sierpnia"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "septembrie", "eylül",
        "eylul", "сентября", "сентябрь", "вересня", "září", "zari", "września", "wrzesnia"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "octombrie", "ekim",
        "октября", "октябрь", "жовтня", "října", "rijna", "października", "pazdziernika"},
      {"november", "nov", "novembre", "noviembre", "novembro", "noiembrie", "kasım", "kasim", "ноября", "ноябрь",
        "листопада", "listopadu", "listopada"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro",
        "desember", "decembrie", "aralık", "aralik", "декабря", "декабрь", "грудня", "prosince", "grudnia"},
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) MONTHS.put(n.replace(".", ""), m + 1);
    }
    // Genitive and local forms: ru, uk, pl, cs, tr, id, fi, hu, ro, el, lt.
    String[][] more = {
      {"января", "январь", "січня", "stycznia", "styczeń", "ledna", "leden", "ocak", "januar", "tammikuuta", "január", "ianuarie", "ιανουαρίου", "sausio", "janvāris"},
      {"февраля", "февраль", "лютого", "lutego", "luty", "února", "únor", "şubat", "februar", "helmikuuta", "február", "februarie", "φεβρουαρίου", "vasario"},
      {"марта", "март", "березня", "marca", "marzec", "března", "březen", "mart", "maret", "maaliskuuta", "március", "martie", "μαρτίου", "kovo"},
      {"апреля", "апрель", "квітня", "kwietnia", "kwiecień", "dubna", "duben", "nisan", "huhtikuuta", "április", "aprilie", "απριλίου", "balandžio"},
      {"мая", "май", "травня", "maja", "května", "květen", "mayıs", "toukokuuta", "május", "μαΐου", "μαίου", "gegužės"},
      {"июня", "июнь", "червня", "czerwca", "czerwiec", "června", "červen", "haziran", "kesäkuuta", "június", "iunie", "ιουνίου", "birželio"},
      {"июля", "июль", "липня", "lipca", "lipiec", "července", "červenec", "temmuz", "heinäkuuta", "július", "iulie", "ιουλίου", "liepos"},
      {"августа", "август", "серпня", "sierpnia", "sierpień", "srpna", "srpen", "ağustos", "agustus", "elokuuta", "augusztus", "αυγούστου", "rugpjūčio"},
      {"сентября", "сентябрь", "вересня", "września", "wrzesień", "září", "eylül", "syyskuuta", "szeptember", "septembrie", "σεπτεμβρίου", "rugsėjo"},
      {"октября", "октябрь", "жовтня", "października", "październik", "října", "říjen", "ekim", "lokakuuta", "október", "octombrie", "οκτωβρίου", "spalio"},
      {"ноября", "ноябрь", "листопада", "listopada", "listopad", "listopadu", "kasım", "marraskuuta", "noiembrie", "νοεμβρίου", "lapkričio"},
      {"декабря", "декабрь", "грудня", "grudnia", "grudzień", "prosince", "prosinec", "aralık", "joulukuuta", "december", "decembrie", "δεκεμβρίου", "gruodžio", "desember"},
    };
    for (int m = 0; m < more.length; m++) {
      for (String n : more[m]) MONTHS.putIfAbsent(n, m + 1);
    }
  }

  private static final String MONTH_NAME = "(\\p{L}{3,12})\\.?";
  // Compiled once, not by String.split at every date line.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String TIME =
      "(?:[T ,]+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(am|pm|AM|PM|a\\.m\\.|p\\.m\\.)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])");
  private static final Pattern YMD_SLASH =
      Pattern.compile("(?<![\\d/])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<!\\p{L})" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
          Pattern.UNICODE_CASE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?" + MONTH_NAME
              + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)" + TIME,
          Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.\\/])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])" + TIME);
  private static final Pattern CJK =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日일]?");
  private static final Pattern KOREAN =
      Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?<!\\p{L})" + MONTH_NAME + "\\s+(\\d{4})(?!\\d)", Pattern.UNICODE_CASE);

  /** The first date in the text, if any. */
  public static Optional<Match> find(String text) {
    if (!hasFourDigits(text)) return Optional.empty();
    Match best = null;
    for (Optional<Match> m :
        java.util.List.of(
            iso(text), monthDayYear(text), dayMonthYear(text), numeric(text), cjk(text), ymdSlash(text))) {
      if (m.isPresent() && (best == null || m.get().start() < best.start())) best = m.get();
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the text has four ASCII digits in a row, as every pattern here needs for its year
   * ({@code \\d} is ASCII only): most lines and ledes have none, and are then spared the seven
   * regex scans, which cost more than the rest of reading a header.
   */
  static boolean hasFourDigits(String text) {
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) return true;
    }
    return false;
  }

  /** A date that is the whole of a short text, apart from words like "Published:" or a weekday. */
  public static Optional<PublishedDate> parseLine(String line) {
    if (!hasFourDigits(line)) return Optional.empty();
    Optional<Match> m = find(line);
    if (m.isEmpty()) {
      m = monthYear(line);
    }
    if (m.isEmpty()) return Optional.empty();
    String rest = (line.substring(0, m.get().start()) + " " + line.substring(m.get().end())).trim();
    // What may stand beside the date on a date line: a label, a weekday, a time zone, punctuation.
    if (rest.length() > 40 || WHITESPACE.split(rest).length > 5) return Optional.empty();
    return Optional.of(m.get().date());
  }

  /** A machine-readable date (ISO-8601 or RFC 1123) as written in metadata. */
  public static Optional<PublishedDate> parseMachine(String value) {
    String v = value.trim();
    try {
      return Optional.of(PublishedDate.ofInstant(OffsetDateTime.parse(v)));
    } catch (DateTimeParseException ignored) {
      // fall through to the looser forms
    }
    try {
      return Optional.of(
          PublishedDate.ofInstant(
              OffsetDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)));
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    return find(v).map(Match::date);
  }

  private static Optional<Match> iso(String text) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      Optional<LocalDate> day = day(m.group(1), m.group(2), m.group(3));
      if (day.isEmpty()) continue;
      if (m.group(4) == null) return match(PublishedDate.ofDay(day.get()), m);
      Optional<PublishedDate> t = time(day.get(), m.group(4), m.group(5), m.group(6), null, m.group(7));
      if (t.isPresent()) return match(t.get(), m);
      return match(PublishedDate.ofDay(day.get()), m);
    }
    return Optional.empty();
  }

  private static Optional<Match> ymdSlash(String text) {
    Matcher m = YMD_SLASH.matcher(text);
    while (m.find()) {
      Optional<LocalDate> day = day(m.group(1), m.group(2), m.group(3));
      if (day.isPresent()) return match(PublishedDate.ofDay(day.get()), m);
    }
    return Optional.empty();
  }

  private static Optional<Match> monthDayYear(String text) {
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month == null) continue;
      Optional<LocalDate> day = day(m.group(3), String.valueOf(month), m.group(2));
      if (day.isEmpty()) continue;
      return match(withTime(day.get(), m, 4), m);
    }
    return Optional.empty();
  }

  private static Optional<Match> dayMonthYear(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month == null) continue;
      Optional<LocalDate> day = day(m.group(3), String.valueOf(month), m.group(1));
      if (day.isEmpty()) continue;
      return match(withTime(day.get(), m, 4), m);
    }
    return Optional.empty();
  }

  private static Optional<Match> numeric(String text) {
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      String sep = m.group(2);
      Optional<LocalDate> day;
      if (sep.equals(".") || a > 12) {
        day = day(m.group(4), m.group(3), m.group(1)); // dd.mm.yyyy, the European form
      } else if (b > 12) {
        day = day(m.group(4), m.group(1), m.group(3)); // mm/dd/yyyy, the US form
      } else if (a == b) {
        day = day(m.group(4), m.group(1), m.group(3));
      } else {
        continue; // 03/05/2024: March or May? Not guessed.
      }
      if (day.isEmpty()) continue;
      return match(withTime(day.get(), m, 5), m);
    }
    return Optional.empty();
  }

  private static Optional<Match> cjk(String text) {
    for (Pattern p : new Pattern[] {CJK, KOREAN}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Optional<LocalDate> day = day(m.group(1), m.group(2), m.group(3));
        if (day.isPresent()) return match(PublishedDate.ofDay(day.get()), m);
      }
    }
    return Optional.empty();
  }

  private static Optional<Match> monthYear(String text) {
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(1));
      int year = Integer.parseInt(m.group(2));
      if (month != null && plausibleYear(year)) return match(PublishedDate.ofMonth(year, month), m);
    }
    return Optional.empty();
  }

  /** The time that follows a date in groups {@code first..first+4}, when there is one. */
  private static PublishedDate withTime(LocalDate day, Matcher m, int first) {
    if (m.group(first) == null) return PublishedDate.ofDay(day);
    return time(day, m.group(first), m.group(first + 1), m.group(first + 2), m.group(first + 3), m.group(first + 4))
        .orElse(PublishedDate.ofDay(day));
  }

  private static Optional<PublishedDate> time(
      LocalDate day, String h, String min, String sec, String ampm, String zone) {
    try {
      int hour = Integer.parseInt(h);
      if (ampm != null) {
        boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
        if (hour < 1 || hour > 12) return Optional.empty();
        hour = hour % 12 + (pm ? 12 : 0);
      }
      LocalDateTime t =
          day.atTime(hour, Integer.parseInt(min), sec == null ? 0 : Integer.parseInt(sec));
      Optional<ZoneOffset> offset = Optional.empty();
      if (zone != null) {
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) offset = Optional.of(ZoneOffset.UTC);
        else {
          String norm = z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z;
          offset = Optional.of(ZoneOffset.of(norm));
        }
      }
      return Optional.of(PublishedDate.ofTime(t, offset));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Integer month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  private static Optional<LocalDate> day(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (!plausibleYear(year)) return Optional.empty();
      return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean plausibleYear(int year) {
    return year >= 1800 && year <= 2200;
  }

  private static Optional<Match> match(PublishedDate date, Matcher m) {
    return Optional.of(new Match(date, m.start(), m.end()));
  }

  private DateParser() {}
}
