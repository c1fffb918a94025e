package gen.extract.html;

import gen.extract.Agencies;
import gen.extract.DateParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Author names out of what pages put in bylines and author fields: "By Jane Doe and John Roe",
 * "Par Jean Dupont, avec Marie Curie", "Jane Doe | Updated May 3, 2024", "Jane Doe, MA". Keeps
 * names only (agency names included), split and without duplicates.
 */
final class AuthorNames {
  private static final Pattern LEAD =
      Pattern.compile(
          "(?iu)^(?:(?:written|posted|published|reported|story|text|words|photos?|edited|reviewed)\\s+)?"
              + "(?:by|from|par|von|por|di|da|door|av|af|od|от|автор[ы]?|auteur|autor(?:es)?|autore|author[s]?)"
              + "\\s*[:：]?\\s+");
  private static final String WEEKDAYS =
      "(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
          + "jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|monday|tuesday|wednesday|"
          + "thursday|friday|saturday|sunday)";
  private static final Pattern NOT_NAME =
      Pattern.compile(
          "(?iu)^(?:follow|share|email|e-mail|twitter|facebook|more|view|see|read|contact|updated?|published|posted|"
              + "staff|admin|administrator|editor|editors|guest|unknown|anonymous|none|null|no author|show all|view all|alle artikel|\\d+\\s+comments?|comments?|"
              + "kontakt|impressum|imprint|edit|stand|datum|date|fecha|data|quelle|source|fuente)\\b.*"
              + "|(?:by|von|par|por|di|door|from)|" + WEEKDAYS + "|(?:autor|author|auteur)\\p{L}*|.*\\b(?:follow|profile|articles?)$");
  private static final Pattern SPLIT =
      Pattern.compile("(?iu)\\s*(?:,|;|/|\\||&|\\+|、|，|\\band\\b|\\bund\\b|\\bet\\b|(?-i:\\b[yei]\\b)(?!\\.)|\\bи\\b|\\bavec\\b|\\bwith\\b|\\bmit\\b|\\bcon\\b|\\ben\\b|\\bog\\b|\\boch\\b)\\s*");
  /** Degrees and roles that follow a name after a comma: "Jane Doe, MA", "Jane Doe, Staff Writer". */
  private static final Pattern SUFFIX =
      Pattern.compile("(?iu)^(?:ma|ms|msc|md|phd|ph\\.d\\.?|mba|rn|jr\\.?|sr\\.?|ii|iii|mph|dds|do|esq\\.?|bsc|ba|"
          + "(?:senior |chief |staff |contributing |special |political |foreign |deputy |associate |managing |executive )*"
          + "(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic)s?\\b.*)$");

  private static final Pattern PARENTHESES =
      Pattern.compile("(?iu)\\((?:(avec|with|mit|con|and)\\s+)?([^()]*)\\)");

  /** "Rob Ewaschuk Edited by Betsy Beyer": who edited or photographed is not who wrote. */
  private static final Pattern ROLE_AFTER =
      Pattern.compile("(?iu)\\s+(?:edited|photos?|photographs|illustrations?|graphics|video|reviewed|fact-checked|additional reporting|translated)\\s+by\\b.*$"
          + "|(?iu)\\s+(?:illustrationen|illustration|fotos?|bilder|grafik|mitarbeit)\\s+(?:von|de|par|por)\\b.*$");
  /** "Ben Silverman Games Editor": a job title after the name, without a comma. */
  private static final String ROLES =
      "(?:Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Journalist|Producer|Staff|Chefredakteur(?:in)?"
          + "|Redakteur(?:in)?|Korrespondent(?:in)?|Reporter(?:in)?|Volontär(?:in)?|Autor(?:in)?)";
  private static final Pattern TRAILING_ROLE = Pattern.compile("\\s+(?:\\p{Lu}\\p{L}*\\s+)?" + ROLES + "$");
  private static final Pattern TRAILING_ROLE_ONLY = Pattern.compile("\\s+" + ROLES + "$");

  /** "Interview:", "Text und Interview:": what the person named after it did. */
  private static final Pattern LABEL =
      Pattern.compile("(?iu)^(?:(?:text|texte|texto|interview|entrevista|fotos?|bilder|reportage|recherche)(?:\\s*(?:und|and|&|y|et|/|,)\\s*)?)+\\s*:\\s*");
  /** Words a byline puts between the name and a date cut off after it: "am", "Stand", "Hace", "Fr". */
  private static final Pattern DATE_LEAD =
      Pattern.compile("(?iu)[\\s,]+(?:am|um|vom|on|le|el|il|the|stand|hace|publicado|publié|veröffentlicht|mo|di|mi|do|fr|sa|so|"
          + WEEKDAYS + ")[\\s,.:]*$");
  /** What a byline element adds after the name: "Alle Artikel", "im Gespräch", "Mitglied der Redaktion". */
  private static final Pattern TRAILING_EXTRA =
      Pattern.compile("(?iu)\\s+(?:alle artikel|all articles|all posts|mehr artikel|im gespräch|in conversation|mitglied\\s+der)\\b.*$");
  private static final Pattern HANDLE = Pattern.compile("(?<=\\S)\\s+@\\w+");
  /** "dpa/lno", "dsw / DPA": the slash of one credit, kept through the split at other slashes. */
  private static final Pattern SLASH = Pattern.compile("([\\p{L}.-]+)\\s?/\\s?([\\p{L}.-]+)");
  private static final char CREDIT_SLASH = '\u2215';

  static List<String> fromByline(String raw) {
    String t = raw.replaceAll("[\\s\\u00A0]+", " ").strip();
    t = t.replaceAll("\\(?https?://\\S+\\)?", " ").replaceAll("\\S+@\\S+\\.\\w+", " ");
    if (t.matches("(?iu)^(?:show|view|see)\\s+all\\b.*")) return List.of();
    t = HANDLE.matcher(t).replaceAll("");
    // "FOCUS-Online-Experte Robin Tschöpe": a job title written before the name.
    t = t.replaceFirst("(?u)^\\S+-(?:Experte|Expertin|Redakteur|Redakteurin|Autor|Autorin|Korrespondent|Korrespondentin|Kolumnist|Kolumnistin)\\s+", "");
    t = LABEL.matcher(t).replaceFirst("");
    t = SLASH.matcher(t).replaceAll(m -> Agencies.isSlashCredit(m.group(1), m.group(2))
        ? java.util.regex.Matcher.quoteReplacement(m.group().replace('/', CREDIT_SLASH)) : java.util.regex.Matcher.quoteReplacement(m.group()));
    // "(avec Damien Leloup et Morgane Tual)" names more authors; other parentheses are asides.
    // A parenthesis between the words of one name ("Bruno (Henrique Zecchin) Rodrigues") is part of it.
    String whole = t;
    t = PARENTHESES.matcher(t).replaceAll(m -> m.group(1) != null ? " and " + java.util.regex.Matcher.quoteReplacement(m.group(2))
        : insideName(whole, m.start(), m.end(), m.group(2)) ? java.util.regex.Matcher.quoteReplacement(m.group()) : " ");
    // A date glued on ("Jane Doe March 25, 2015", "Jane Doe22 Dec 2016") ends the byline.
    var date = DateParser.find(t);
    if (date.isPresent() && date.get().start() > 0) t = t.substring(0, date.get().start());
    t = t.replaceFirst("(?iu)\\s*(?:[|•·–—]|\\s-\\s).*$", "");
    // Names have no digits: "Jane Doe 3 hours ago", "Lucas Nolan22 Dec 2016".
    t = t.replaceFirst("(?<=\\S\\s\\S{0,40})\\s*\\d.*$", "");
    t = t.replaceFirst("(?iu)\\s+(?:updated|published|posted|last updated|mis à jour|aktualisiert|actualizado)\\b.*$", "");
    if (t.length() < raw.strip().length()) {
      // Something was cut after the name: what led up to it goes too ("Jane Doe am", "Jane Doe Fr").
      String before;
      do {
        before = t;
        t = DATE_LEAD.matcher(t).replaceFirst("");
      } while (!t.equals(before) && t.contains(" "));
    }
    // "Richard David Precht im Gespräch mit Karin Fischer": both are named.
    t = t.replaceAll("(?iu)\\s+(?:im gespräch|in conversation|en conversation)\\s+(?:mit|with|avec)\\s+", " and ");
    t = TRAILING_EXTRA.matcher(t).replaceFirst("");
    t = ROLE_AFTER.matcher(t).replaceFirst("");
    t = withoutTrailingRole(t.strip());
    List<String> out = new ArrayList<>();
    boolean first = true;
    String[] parts = SPLIT.split(t);
    for (String part : parts) {
      String p = part.strip();
      if (first) p = LEAD.matcher(p).replaceFirst("");
      first = false;
      p = LEAD.matcher(p).replaceFirst("");
      p = p.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]]+$|\\s+$", "").strip();
      // "Glen Owen For The Mail On Sunday": the outlet the name wrote for.
      p = p.replaceFirst("(?u)\\s+(?:for|For|FOR|für|pour|para)\\s+(?:the\\s+|The\\s+)?\\p{Lu}.*$", "");
      if (p.isEmpty() || SUFFIX.matcher(p).matches() && !out.isEmpty()) continue;
      if (NOT_NAME.matcher(p).matches()) continue;
      // "Von Jane Doe und dpa": an agency's credit is an author, in whatever case it is written.
      if (!looksLikeName(p) && !Agencies.isAgency(p)) continue;
      out.add(p.replaceAll("\\s+", " ").replace(CREDIT_SLASH, '/'));
    }
    // "CSP / International / Photovoltaik / Speicher": a row of single words is a list of topics.
    if (out.size() >= 3 && out.stream().noneMatch(n -> n.contains(" ") || n.contains("."))) return List.of();
    return out;
  }

  /** "Ben Silverman Games Editor" is Ben Silverman; "Jane Doe Staff" keeps her last name. */
  private static String withoutTrailingRole(String t) {
    var m = TRAILING_ROLE.matcher(t);
    if (!m.find()) return t;
    String cut = t.substring(0, m.start()).strip();
    if (cut.contains(" ")) return cut;
    // "Rasender Reporter" is a pen name: one word left is no name.
    var role = TRAILING_ROLE_ONLY.matcher(t);
    if (!role.find()) return t;
    cut = t.substring(0, role.start()).strip();
    return cut.contains(" ") ? cut : t;
  }

  /** A name before the parenthesis, a capitalized word after it, names inside it. */
  private static boolean insideName(String s, int start, int end, String inner) {
    String before = s.substring(0, start).strip();
    String after = s.substring(end).strip();
    if (before.isEmpty() || after.isEmpty() || !Character.isLetter(before.codePointBefore(before.length()))) return false;
    if (!Character.isUpperCase(after.codePointAt(0))) return false;
    return !inner.isBlank() && looksLikeName(inner.strip());
  }

  /** A person's or an agency's name: a few words, mostly capitalized where the script has case, no digits. */
  static boolean looksLikeName(String s) {
    if (s.isEmpty() || s.length() > 60 || !Character.isLetter(s.codePointAt(0))) return false;
    if (s.indexOf(CREDIT_SLASH) > 0) return !s.chars().anyMatch(Character::isDigit);
    if (s.chars().anyMatch(Character::isDigit)) return false;
    String[] words = s.split("\\s+");
    if (words.length > 6) return false;
    int lower = 0;
    for (String w : words) if (Character.isLowerCase(w.codePointAt(0))) lower++;
    return lower <= words.length / 2;
  }

  /** All names of several fields, in order, case-insensitively unique. */
  static List<String> fromAll(List<String> raws) {
    Map<String, String> unique = new LinkedHashMap<>();
    for (String raw : raws) {
      for (String name : fromByline(raw)) unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    return new ArrayList<>(unique.values());
  }

  private AuthorNames() {}
}
