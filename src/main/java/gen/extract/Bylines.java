package gen.extract;

import gen.model.PublishedDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads author names out of a byline such as {@code By Jane Doe and John Roe}. What bylines glue
 * to the names is dropped: a job title ({@code , Senior Correspondent}), a news agency ({@code ,
 * Reuters}, {@code | AP}), a place ({@code in Kyiv}), a date ({@code on May 3, 2024}, which is
 * kept as the byline's date).
 */
public final class Bylines {
  /** The names and, when the byline carries one, the date written beside them. */
  public record Byline(List<String> names, Optional<PublishedDate> date) {
    public Byline {
      names = List.copyOf(names);
    }
  }

  private static final int MAX_BYLINE_CHARS = 160;

  private static final Pattern BY =
      Pattern.compile(
          "(?iu)^(?:(?:written|words|story|text|reporting|report|reported|posted|photos?)\\s+by|by|par|von|por|di|door|av|af"
              + "|oleh|od|від|от|автор(?:ы)?|autor(?:es|a|en)?|auteur|texto|text|testo)"
              + "(?:\\s*[:：]\\s*|\\s+)(.+)$");
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|&|\\+|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bi\\b|\\ben\\b|\\bdan\\b|\\bи\\b|\\ba\\b|\\boch\\b|\\bog\\b)\\s*");
  /** "Jane Doe | Reuters", "Jane Doe - Staff writer", "Jane Doe / AFP": the names come first. */
  private static final Pattern AFTER_SEPARATOR = Pattern.compile("\\s+(?:[|•·–—/]|-{1,2})\\s+.*$");
  /** "Jane Doe (AP)", "Jane Doe [Reuters]". */
  private static final Pattern BRACKETED_AGENCY = Pattern.compile("\\s*[(\\[]\\s*\\p{Lu}[\\p{L}.\\s-]{0,30}[)\\]]\\s*$");
  /** "Jane Doe in Kyiv", "Jane Doe for The Guardian", "Jane Doe, reporting from Paris". */
  private static final Pattern PLACE_OR_OUTLET =
      Pattern.compile("\\s+(?:in|for|at|from|à|aus|für|dari|reporting\\s+from)\\s+\\p{Lu}.*$");

  /** A period that ends the line, not one that ends "Jr." or an initial. */
  private static final Pattern TRAILING_PUNCTUATION =
      Pattern.compile("(?:[,;:]+|(?<!\\b(?:Jr|Sr|Jnr|Snr|\\p{Lu}))\\.+)$");

  /** Words that make a byline part a role or an outlet rather than a person. */
  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
          "editor", "editors", "contributor", "contributing", "columnist", "producer", "analyst",
          "critic", "senior", "chief", "special", "associate", "deputy", "managing", "political",
          "business", "sports", "science", "technology", "health", "international", "foreign",
          "national", "news", "desk", "team", "service", "services", "agency", "press", "wire",
          "wires", "newsroom", "bureau", "photographer", "reporting", "engineer", "manager", "director",
          "developer", "designer", "officer", "founder", "ceo", "cto", "president", "intern",
          "professor", "researcher", "scientist", "author", "host", "anchor", "guest", "updated", "published", "posted",
          "reuters", "afp", "ap", "dpa", "efe", "ansa", "xinhua", "tass", "bloomberg", "upi",
          "redaktion", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
          "rédaction", "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé",
          "envoyée", "spécial", "spéciale", "redacción", "redação", "redazione", "corresponsal",
          "periodista", "reportero", "reportera", "repórter", "giornalista", "redaksi", "wartawan",
          "корреспондент", "редакция", "обозреватель", "агентство");

  /** Author names if the line is a byline ("By ..."), else empty. */
  public static Optional<List<String>> parse(String line) {
    return parseLine(line).map(Byline::names);
  }

  /** The byline a line is, if it is one: "By" (or its like in other languages) and names. */
  public static Optional<Byline> parseLine(String line) {
    String l = line.strip();
    if (l.length() > MAX_BYLINE_CHARS) return Optional.empty();
    var m = BY.matcher(l);
    if (!m.matches()) return Optional.empty();
    String rest = m.group(1);
    Optional<PublishedDate> date = Optional.empty();
    Optional<DateParser.Match> d = DateParser.find(rest);
    if (d.isPresent()) {
      date = Optional.of(d.get().date());
      rest = rest.substring(0, d.get().start()).replaceFirst("(?iu)[\\s,|•·–—-]*(?:on|updated|published|le|am|el|il)?[\\s:,]*$", "");
    }
    List<String> names = names(rest);
    if (names.isEmpty()) return Optional.empty();
    return Optional.of(new Byline(names, date));
  }

  /**
   * Splits "A, B and C" into names and drops roles and agencies. Empty when a part is neither a
   * name nor a role: then the text is a sentence ("By Monday, Apple had sold ..."), not a byline.
   */
  public static List<String> names(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    // An agency after a separator or in brackets is a credit of its own: "Jane Doe | Reuters", "Jane Doe (AP)".
    List<String> credits = new ArrayList<>();
    var after = AFTER_SEPARATOR.matcher(t);
    if (after.find()) {
      String tail = after.group().replaceFirst("^\\s+(?:[|•·–—/]|-{1,2})\\s+", "").replaceFirst("[.,;]+$", "").strip();
      if (Agencies.isAgency(tail)) credits.add(tail);
      t = t.substring(0, after.start());
    }
    var bracket = BRACKETED_AGENCY.matcher(t);
    if (bracket.find()) {
      String inside = bracket.group().replaceAll("[\\s()\\[\\]]+", " ").strip();
      if (Agencies.isAgency(inside)) credits.add(0, inside);
      t = t.substring(0, bracket.start());
    }
    List<String> parts = new ArrayList<>();
    for (String part : SPLIT.split(t)) {
      String name = PLACE_OR_OUTLET.matcher(part.strip()).replaceFirst("");
      name = TRAILING_PUNCTUATION.matcher(name).replaceFirst("").strip();
      if (!name.isEmpty()) parts.add(name);
    }
    parts.addAll(credits);
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String name : parts) {
      // "By Jane Doe and dpa", "By Adam Vidler, AP": readers and citations keep the agency's credit.
      boolean credit = Agencies.isAgency(name) || isSlashCredit(name);
      if (parts.size() > 1 && !credit && isRoleOrOutlet(name)) continue;
      if (!credit && !looksLikeName(name)) return List.of();
      out.add(name);
    }
    return new ArrayList<>(out);
  }

  /** "dpa/lno", "det/dpa": an agency and a desk's initials, one credit. */
  private static boolean isSlashCredit(String name) {
    int slash = name.indexOf('/');
    return slash > 0 && Agencies.looksLikeSlashCredit(name) && Agencies.isSlashCredit(name.substring(0, slash), name.substring(slash + 1));
  }

  /** A line under a byline that only says what the author is: "Chief Political Correspondent". */
  public static boolean isRoleLine(String line) {
    String l = line.strip();
    if (l.length() > 60 || l.split("\\s+").length > 5 || l.matches(".*[.!?]$")) return false;
    for (String w : l.split("[\\s.,|/]+")) {
      if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** "Senior Correspondent", "Associated Press", "CNN": a part that names no person. */
  static boolean isRoleOrOutlet(String part) {
    String[] words = part.split("[\\s.]+");
    for (String w : words) {
      if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
    }
    // A lone acronym beside other names is an outlet ("CNN", "BBC"); a name in capitals has a space.
    return words.length == 1 && part.length() <= 5 && part.equals(part.toUpperCase(Locale.ROOT));
  }

  static boolean looksLikeName(String s) {
    if (s.isEmpty() || s.length() > 60) return false;
    if (s.chars().anyMatch(Character::isDigit)) return false;
    String[] words = s.split(" ");
    if (words.length > 6) return false;
    if (!Character.isLetter(s.codePointAt(0))) return false;
    // A name's words start with a capital (in scripts that have them); "the staff" is not a name.
    int lowerStarts = 0;
    for (String w : words) {
      int c = w.codePointAt(0);
      if (Character.isLowerCase(c)) lowerStarts++;
    }
    return lowerStarts <= words.length / 2;
  }

  private Bylines() {}
}
