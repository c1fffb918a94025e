package gen.extract;

import gen.extract.NameTokens.Token;
import gen.model.Entities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People, organizations and places named in an article's title and text, found by rules over word
 * lists rather than a statistical model ({@link EntityLexicon} says which lists).
 *
 * <p>Candidates are runs of capitalised words within a sentence ("Keir Starmer", "Bank of
 * England"); words that are capitalised only because they open a sentence or a headline, function
 * words, and (in German) common nouns are taken off their front; titles ("Mr", "Präsident", "le
 * président") mark a person and are dropped. Each candidate is then given a kind by evidence:
 * the gazetteers of organizations and places, the cue words of organizations ("Party", "AG",
 * "Universität") and places ("Street", "Stadion"), given names and family names, a title or a
 * speech verb ("said", "sagte") next to it. Lone capitalised words count only when the gazetteers
 * know them, when they are acronyms that name no common thing, or when they are the surname or
 * first name of a person named in full elsewhere in the article (then they count for that person).
 */
public final class EntityFinder {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Words that join capitalised words inside one name ("Bank of England", "Ursula von der Leyen"). */
  private static final Set<String> CONNECTORS = Set.of(
      "of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "della", "di", "da", "das", "do", "dos",
      "von", "van", "der", "den", "zu", "y", "e", "et", "und", "für", "al", "bin", "ibn", "ben", "&");
  /** Connectors that join two names into a list ("Trump and Biden") unless the whole is one name. */
  private static final Set<String> LIST_CONNECTORS = Set.of("and", "und", "et", "y", "e", "&");
  /** German nouns that end the words for people's roles ("SPD-Chef", "Bundesaußenministerin"). */
  private static final Pattern GERMAN_ROLE = Pattern.compile(
      ".*(minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender"
          + "|politiker|politikerin|trainer|trainerin|sekretär|sekretärin|direktor|direktorin|meister|meisterin|kandidat|kandidatin"
          + "|abgeordnete|abgeordneter|experte|expertin|spieler|spielerin|fahrer|fahrerin|star|profi|sänger|sängerin|autor|autorin"
          + "|leiter|leiterin|gründer|gründerin|anwalt|anwältin|richter|richterin|bischof|kardinal|rapper|musiker|musikerin"
          + "|moderator|moderatorin|journalist|journalistin|forscher|forscherin|ökonom|ökonomin|stürmer|torhüter|verteidiger"
          + "|kollege|kollegin|teamkollege|sohn|tochter|vater|mutter|bruder|schwester|witwe|präses|pilot|pilotin|legende|ikone)");

  /** Languages that write an organization's name with its first word capitalised only ("Assemblée nationale"). */
  private static final Set<String> ROMANCE = Set.of("fr", "es", "it", "pt", "ca", "ro");
  /** Connectors inside such a name ("Cour de cassation", "Società italiana di urologia"). */
  private static final Set<String> ROMANCE_LINKS = Set.of("de", "d", "du", "des", "di", "del", "della", "da", "do", "dos", "das");

  private static final Set<String> CONTRACTION_ENDINGS = Set.of("m", "re", "ve", "ll", "d", "t");

  private static boolean contraction(String w) {
    int apostrophe = Math.max(w.lastIndexOf('\''), w.lastIndexOf('’'));
    return apostrophe > 0 && CONTRACTION_ENDINGS.contains(w.substring(apostrophe + 1));
  }

  private static final String[] GERMAN_ENDINGS = {"es", "s", "e", "en", "n"};

  public static Entities find(String text) {
    return find("", text, "en");
  }

  /** The entities of an article: its title, its body text, its language (an ISO 639-1 code or "und"). */
  public static Entities find(String title, String body, String language) {
    String text = title == null || title.isBlank() ? body : title + "\n\n" + body;
    String lang = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-');
    if (dash > 0) lang = lang.substring(0, dash);
    return new Run(text, NameTokens.of(text), lang).find();
  }

  /** {@code phrase} with each run of white space as one space. */
  static String singleSpaced(String phrase) {
    boolean space = false;
    for (int i = 0, n = phrase.length(); i < n; i++) {
      char c = phrase.charAt(i);
      boolean blank = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (blank && (c != ' ' || space)) return SPACES.matcher(phrase).replaceAll(" ");
      space = blank;
    }
    return phrase;
  }

  /** One article's recognition: its words, what was found so far, and the evidence kept for the end. */
  private static final class Run {
    private final List<Token> tokens;
    private final String lang;
    private final boolean german;
    private final Set<String> common;
    private final Set<String> function;
    private final Set<String> speech;
    /** Words the article writes in lower case somewhere: capitalised elsewhere, they are no names. */
    private final WordHashes lowerSeen = new WordHashes();
    /** {@link #common} of each token asked about, asked of the word lists once. */
    private final Map<Token, Boolean> commonCache = new HashMap<>();
    /** Sentences (by first token) written in title case or in capitals: their capitals say nothing. */
    private final boolean[] headline;
    private final boolean[] shouted;

    private final Map<String, Integer> people = new LinkedHashMap<>();
    private final Map<String, Integer> orgs = new LinkedHashMap<>();
    private final Map<String, Integer> places = new LinkedHashMap<>();
    /** Lone capitalised words of no known kind, to be given to a person named in full. */
    private final Map<String, Integer> loners = new LinkedHashMap<>();
    /** Names of two or three unknown words: people if the article names one by its last word alone. */
    private final Map<String, Integer> maybePeople = new LinkedHashMap<>();
    /** Lone words first seen as places or organizations, which may yet be a person's name. */
    private final Map<String, String> singleKinds = new HashMap<>();

    private final String text;

    Run(String text, List<Token> tokens, String lang) {
      this.text = text;
      this.tokens = tokens;
      this.lang = lang;
      this.german = lang.equals("de");
      this.common = EntityLexicon.commonWords(lang);
      this.function = EntityLexicon.functionWords(lang);
      this.speech = EntityLexicon.speechWords(lang);
      for (Token t : tokens) {
        if (t.lowerCase()) lowerSeen.add(t.textHash());
      }
      headline = new boolean[tokens.size()];
      shouted = new boolean[tokens.size()];
      markSentences();
    }

    /** Marks the words of sentences in title case (most words capitalised) or in capitals. */
    private void markSentences() {
      int from = 0;
      for (int i = 1; i <= tokens.size(); i++) {
        if (i < tokens.size() && tokens.get(i).gap() != NameTokens.BREAK) continue;
        int words = 0, capitalised = 0, caps = 0;
        for (int k = from; k < i; k++) {
          Token t = tokens.get(k);
          if (!t.startsWithLetter()) continue;
          words++;
          if (t.capitalised()) capitalised++;
          if (t.allCaps() && t.text().length() > 1) caps++;
        }
        boolean isShouted = caps >= 3 && caps * 2 >= words || caps >= 1 && caps == words && words <= 2 && common(tokens.get(from));
        // A headline or subhead: a line of its own, no full stop at its end, most words capitalised.
        boolean isHeadline = !german && words >= 4 && capitalised * 10 >= words * 7 && endsLine(tokens.get(i - 1).end());
        for (int k = from; k < i; k++) {
          shouted[k] = isShouted;
          headline[k] = isHeadline;
        }
        from = i;
      }
    }

    /** Nothing but white space or closing quotes between {@code at} and the end of its line. */
    private boolean endsLine(int at) {
      for (int k = at; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c == '\n' || c == '\r') return true;
        if (!Character.isWhitespace(c) && c != '"' && c != '”' && c != '’' && c != '»' && c != '?' && c != '!') return false;
      }
      return true;
    }

    Entities find() {
      int n = tokens.size();
      int i = 0;
      while (i < n) {
        if (!nameWord(i)) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < n && !tokens.get(end - 1).possessive()) {
          Token next = tokens.get(end);
          if (next.gap() != NameTokens.SPACE) break;
          if (nameWord(end)) {
            end++;
          } else if (CONNECTORS.contains(next.text()) && end + 1 < n && tokens.get(end + 1).gap() == NameTokens.SPACE && nameWord(end + 1)) {
            end += 2;
          } else {
            break;
          }
        }
        if (ROMANCE.contains(lang) && EntityLexicon.ORG_CUES.contains(tokens.get(i).text())) end = romanceTail(i, end);
        classify(i, end);
        i = end;
      }
      return resolve();
    }

    /**
     * Where a Romance organization's name that starts with a cue word ends: after the lower-case
     * words that follow it ("Assemblée nationale", "Cour de cassation", "Front de gauche"), at
     * most four, none a function word except a linking "de".
     */
    private int romanceTail(int from, int end) {
      int k = end;
      int taken = 0;
      while (k < tokens.size() && taken < 4 && tokens.get(k).gap() == NameTokens.SPACE && !tokens.get(k - 1).possessive()) {
        Token t = tokens.get(k);
        String w = t.text();
        if (ROMANCE_LINKS.contains(w) && k + 1 < tokens.size() && tokens.get(k + 1).gap() == NameTokens.SPACE
            && !function.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT))) {
          k += 2;
          taken += 2;
        } else if (Character.isLowerCase(w.codePointAt(0)) && !function.contains(w) && w.length() > 3) {
          k++;
          taken++;
        } else {
          break;
        }
      }
      return k;
    }

    /** A word that can be part of a name here: capitalised, in a sentence whose capitals mean something. */
    private boolean nameWord(int i) {
      Token t = tokens.get(i);
      if (shouted[i] || !t.capitalised()) return false;
      if (contraction(t.text())) return false; // "I’m", "Don't"
      // "Sacramento-based", "NBA-leading": an adjective made of a name, not a name.
      int hyphen = t.text().lastIndexOf('-');
      if (hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLowerCase(t.text().charAt(hyphen + 1))) return false;
      if (headline[i] && common(t) && !EntityLexicon.GIVEN_NAMES.contains(t.text())) return false;
      // A shouted common word (NEWS, TODAY) is a word, not a name.
      if (t.allCaps() && t.text().length() >= 4 && common.contains(t.text().toLowerCase(Locale.ROOT))
          && !EntityLexicon.ORGANIZATIONS.contains(t.text())) return false;
      return true;
    }

    /** The text of tokens {@code [from, to)} as written, single-spaced. */
    private String text(int from, int to) {
      if (to - from == 1) return tokens.get(from).text();
      StringBuilder b = new StringBuilder();
      for (int k = from; k < to; k++) {
        if (k > from) b.append(' ');
        b.append(tokens.get(k).text());
      }
      return b.toString();
    }

    private void classify(int from, int to) {
      // A known name as a whole, article and all ("Die Linke", "The Economist").
      String whole = text(from, to);
      if (EntityLexicon.ORGANIZATIONS.contains(whole) && to - from >= 2) {
        orgs.merge(whole.startsWith("The ") ? whole.substring(4) : whole, 1, Integer::sum);
        return;
      }
      // Off the front: function words, and words capitalised only because they open a sentence.
      while (from < to) {
        Token t = tokens.get(from);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (function.contains(lower) || EntityLexicon.FUNCTION_WORDS.get("en").contains(lower) && t.sentenceStart()) {
          from++;
        } else if ((t.sentenceStart() || headline[from]) && common(t) && !startsPersonName(from, to) && !known(from, to)
            && !shortNameFirst(from, to) && !isTitleBefore(from)) {
          if (german && isRole(t) && from + 1 < to) break; // "Bundeskanzler Olaf Scholz": the title says who
          from++;
        } else {
          break;
        }
      }
      while (from < to && CONNECTORS.contains(tokens.get(from).text())) from++;
      while (to > from && (CONNECTORS.contains(tokens.get(to - 1).text())
          || function.contains(tokens.get(to - 1).text().toLowerCase(Locale.ROOT)))) to--;
      if (from >= to) return;
      boolean cued = isTitleBefore(from);
      classifyName(from, to, cued);
    }

    private void classifyName(int from, int to, boolean cued) {
      while (from < to && CONNECTORS.contains(tokens.get(from).text())) from++;
      while (to > from && CONNECTORS.contains(tokens.get(to - 1).text())) to--;
      if (from >= to) return;
      int n = to - from;
      String name = text(from, to);
      String withoutThe = name.startsWith("The ") ? name.substring(4) : name;
      if (EntityLexicon.ORGANIZATIONS.contains(name) || EntityLexicon.ORGANIZATIONS.contains(withoutThe)) {
        single(n, withoutThe, orgs, "org");
        return;
      }
      String place = place(from, to);
      if (place != null) {
        single(n, place, places, "place");
        return;
      }
      // A list ("Trump and Biden"): its parts are named one by one.
      for (int k = from + 1; k < to - 1; k++) {
        if (LIST_CONNECTORS.contains(tokens.get(k).text())) {
          classifyName(from, k, cued);
          classifyName(k + 1, to, false);
          return;
        }
      }
      // A known place or organization joined to what follows by a connector ("Rand Paul of
      // Kentucky", "Carlos Sainz van McLaren"): two names.
      for (int k = from + 1; k < to - 1; k++) {
        if (CONNECTORS.contains(tokens.get(k).text()) && known(k + 1, to) && !anyOrgCue(from, k) && !placeCue(from, k)) {
          classifyName(from, k, cued);
          classifyName(k + 1, to, false);
          return;
        }
      }
      // A title inside: what comes after it is the person, what comes before is named on its own
      // ("Federal Reserve Chairman Jerome Powell", "Chinese President Xi Jinping"), unless what
      // follows is an organization's name ("General Motors").
      for (int k = to - 1; k >= from; k--) {
        Token t = tokens.get(k);
        if (isTitle(t) || german && isRole(t)) {
          if (k + 1 < to && (hasOrgCue(k + 1, to) || known(k + 1, to))) {
            // "Founder of Ceres Robotics Inc": the title belongs to nobody named here.
            if (k == from) break;
            classifyPrefix(from, k);
            classifyName(k + 1, to, false);
            return;
          }
          classifyPrefix(from, k);
          if (k + 1 < to) person(k + 1, to, true);
          return;
        }
      }
      // A known place or organization before a person's name ("Manchester United Paul Pogba").
      for (int k = from + 1; k < to - 1; k++) {
        if (EntityLexicon.GIVEN_NAMES.contains(tokens.get(k).text()) && startsPersonName(k, to)
            && (known(from, k) || hasOrgCue(from, k))) {
          classifyPrefix(from, k);
          person(k, to, false);
          return;
        }
      }
      if (german) {
        // German capitalises every noun: the common ones in front, and the articles after them,
        // are no part of a name ("Ziel der Schuldenbremse", "Hörsaal der Universität Hamburg").
        int k = from;
        while (k < to - 1 && common(tokens.get(k)) && !EntityLexicon.ORG_CUES.contains(tokens.get(k).text())
            && !EntityLexicon.GIVEN_NAMES.contains(tokens.get(k).text())) {
          k++;
          while (k < to - 1 && CONNECTORS.contains(tokens.get(k).text())) k++;
        }
        if (k > from) {
          classifyName(k, to, cued);
          return;
        }
      }
      if (n >= 2 && hasOrgCue(from, to) && !isTitle(tokens.get(from))) {
        // "Malaysia Airlines Flight": common words after the last cue word are no part of the name.
        int end = to;
        if (!ROMANCE.contains(lang)) {
          while (end - 1 > from && !EntityLexicon.ORG_CUES.contains(tokens.get(end - 1).text()) && common(tokens.get(end - 1))) end--;
          if (end < to && !hasOrgCue(from, end)) end = to;
        }
        String org = text(from, end);
        orgs.merge(org.startsWith("The ") ? org.substring(4) : org, 1, Integer::sum);
        return;
      }
      if (n >= 2 && placeCue(from, to)) {
        places.merge(withoutThe, 1, Integer::sum);
        return;
      }
      if (n == 1) {
        lone(from, cued);
        return;
      }
      if (cued) {
        person(from, to, true);
        return;
      }
      if (startsPersonName(from, to) || n <= 3 && speechNear(from, to) && noCommonWord(from, to)) {
        person(from, to, false);
        return;
      }
      if (n <= 3 && noCommonWord(from, to) && !EntityLexicon.PROPER_ADJECTIVES.contains(tokens.get(from).text())) {
        maybePeople.merge(name, 1, Integer::sum);
      }
    }

    /** A place's cue word ends the tokens ("Downing Street"), or starts them outside English ("Rue de Rivoli"). */
    private boolean placeCue(int from, int to) {
      if (to - from < 2) return false;
      // Romance names put the cue first ("Rue de Rivoli", "Plaza de Mayo"); a last "del Río" is a surname's.
      if (ROMANCE.contains(lang)) return EntityLexicon.PLACE_CUES.contains(tokens.get(from).text());
      return EntityLexicon.PLACE_CUES.contains(tokens.get(to - 1).text())
          || !lang.equals("en") && EntityLexicon.PLACE_CUES.contains(tokens.get(from).text());
    }

    /** Tokens {@code [from, to)} name a place or organization of the gazetteers. */
    private boolean known(int from, int to) {
      String name = text(from, to);
      return EntityLexicon.ORGANIZATIONS.contains(name) || place(from, to) != null;
    }

    /** What comes before a title: a place or an organization, if it is one ("London Mayor"). */
    private void classifyPrefix(int from, int to) {
      while (from < to && (isTitle(tokens.get(from)) || EntityLexicon.PROPER_ADJECTIVES.contains(tokens.get(from).text()))) from++;
      while (to > from && isTitle(tokens.get(to - 1))) to--;
      if (from >= to) return;
      String name = text(from, to);
      String place = place(from, to);
      if (place != null) places.merge(place, 1, Integer::sum);
      else if (EntityLexicon.ORGANIZATIONS.contains(name) || to - from >= 2 && hasOrgCue(from, to)) orgs.merge(name, 1, Integer::sum);
      else if (to - from == 1 && isAcronym(tokens.get(from))) orgs.merge(name, 1, Integer::sum);
    }

    /** A person's name after a title, or one that starts with a given name. */
    private void person(int from, int to, boolean cued) {
      while (from < to && (isTitle(tokens.get(from)) || CONNECTORS.contains(tokens.get(from).text()))) from++;
      if (from >= to || to - from > 4) return;
      Token first = tokens.get(from);
      if (!first.capitalised() || german && common(first) && !EntityLexicon.GIVEN_NAMES.contains(first.text())) return;
      if (to - from == 1) {
        lone(from, cued);
        return;
      }
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        if (t.allCaps() && t.text().length() > 2 || EntityLexicon.ORG_CUES.contains(t.text())) return;
      }
      people.merge(text(from, to), 1, Integer::sum);
    }

    /** One capitalised word alone. */
    private void lone(int at, boolean cued) {
      Token t = tokens.get(at);
      String w = t.text();
      String place = place(at, at + 1);
      if (place != null) {
        single(1, place, places, "place");
        return;
      }
      if (isAcronym(t)) {
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        if (before == '.' || before == '$' || before == '^') return; // market tickers (".DJI")
        // Two letters name many things ("RR", "IP"): one that names an organization comes back.
        if (w.replace(".", "").length() > 2 || occurrences(w) >= 2) orgs.merge(w, 1, Integer::sum);
        return;
      }
      if (t.allCaps()) return;
      if (german && germanOrganization(w)) {
        orgs.merge(w, 1, Integer::sum);
        return;
      }
      if (common(t) && !EntityLexicon.GIVEN_NAMES.contains(w) && !EntityLexicon.SURNAMES.contains(w)) return;
      if (german && germanCompound(w)) return;
      boolean named = !german || EntityLexicon.SURNAMES.contains(w) || EntityLexicon.GIVEN_NAMES.contains(w);
      if (cued || named && speechNear(at, at + 1) && !t.sentenceStart()) {
        people.merge(w, 1, Integer::sum);
        return;
      }
      loners.merge(w, 1, Integer::sum);
    }

    /** German nouns that end the names of organizations made one word ("Bundesjustizministerium", "Konrad-Adenauer-Stiftung"). */
    private static final String[] GERMAN_ORG_ENDINGS = {"ministerium", "stiftung", "verband", "bank", "partei", "gewerkschaft", "konzern"};

    /** A German word that ends as an organization's name does and is no word of the dictionary. */
    private boolean germanOrganization(String w) {
      String lower = w.toLowerCase(Locale.ROOT);
      for (String ending : GERMAN_ORG_ENDINGS) {
        if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
          int hyphen = w.lastIndexOf('-');
          if (hyphen > 0) return true; // "Konrad-Adenauer-Stiftung": names joined to the noun
          return !common.contains(w);
        }
      }
      return false;
    }

    /**
     * A German compound whose last part is a common noun of six letters or more
     * ("Freitagnachmittag", "Anlagemöglichkeiten"): a noun, not a name.
     */
    private boolean germanCompound(String w) {
      for (int i = 3; i + 6 <= w.length(); i++) {
        String tail = Character.toUpperCase(w.charAt(i)) + w.substring(i + 1);
        if (common.contains(tail)) return true;
      }
      return false;
    }

    private int occurrences(String w) {
      int count = 0;
      for (Token t : tokens) if (t.end() - t.start() == w.length() && t.text().equals(w)) count++;
      return count;
    }

    /** Counts a name of one known kind; a lone word is remembered, as it may be a person's name. */
    private void single(int words, String name, Map<String, Integer> kind, String kindName) {
      kind.merge(name, 1, Integer::sum);
      if (words == 1) singleKinds.putIfAbsent(name, kindName);
    }

    /** At the end: lone words to the people they name, unknown names to people when evidence says so. */
    private Entities resolve() {
      Map<String, String> personOfWord = new HashMap<>();
      for (String p : people.keySet()) {
        String[] words = p.split(" ");
        if (words.length < 2) continue;
        personOfWord.putIfAbsent(words[words.length - 1], p);
        personOfWord.putIfAbsent(words[0], p);
      }
      for (var e : maybePeople.entrySet()) {
        String[] words = e.getKey().split(" ");
        String last = words[words.length - 1];
        // Named again by the last word alone, or by a word a person's name ends in: a person.
        if (loners.containsKey(last) || people.containsKey(last) || EntityLexicon.SURNAMES.contains(last) || personOfWord.containsKey(last)
            || EntityLexicon.GIVEN_NAMES.contains(words[0])) {
          people.merge(e.getKey(), e.getValue(), Integer::sum);
          personOfWord.putIfAbsent(last, e.getKey());
        }
      }
      // A lone person's name that is a word of a full one is that person.
      for (String p : List.copyOf(people.keySet())) {
        if (p.indexOf(' ') >= 0) continue;
        String full = personOfWord.get(p);
        if (full != null) people.merge(full, people.remove(p), Integer::sum);
      }
      for (var e : loners.entrySet()) {
        String full = personOfWord.get(e.getKey());
        if (full != null) people.merge(full, e.getValue(), Integer::sum);
      }
      // A place or organization by the gazetteer that the article uses as a person's name.
      for (var e : singleKinds.entrySet()) {
        String full = personOfWord.get(e.getKey());
        if (full == null) continue;
        Integer count = (e.getValue().equals("place") ? places : orgs).remove(e.getKey());
        if (count != null) people.merge(full, count, Integer::sum);
      }
      // A person's name that is a known place is not a person ("Georgia", "Chad" alone).
      people.keySet().removeIf(p -> places.containsKey(p) || orgs.containsKey(p));
      return new Entities(ranked(people), ranked(orgs), ranked(places));
    }

    // --- evidence ---

    /** A word with no meaning of its own as a name: a function word or a common word of the language. */
    private boolean common(Token t) {
      Boolean known = commonCache.get(t);
      if (known == null) {
        known = isCommon(t);
        commonCache.put(t, known);
      }
      return known;
    }

    private boolean isCommon(Token t) {
      String w = t.text();
      String lower = w.toLowerCase(Locale.ROOT);
      if (function.contains(lower)) return true;
      if (german) {
        int hyphen = w.lastIndexOf('-');
        String last = hyphen > 0 && hyphen + 1 < w.length() ? w.substring(hyphen + 1) : w;
        if (common.contains(w) || common.contains(last) && Character.isUpperCase(last.charAt(0))) return true;
        // The dictionary lists some nouns only inflected ("Zieles", "Reihen").
        if (hyphen < 0 && w.length() >= 4) {
          for (String ending : GERMAN_ENDINGS) if (common.contains(w + ending)) return true;
        }
        return common.contains(lower) && lowerSeen.contains(lower.hashCode());
      }
      return common.contains(lower) || lowerSeen.contains(lower.hashCode());
    }

    private boolean noCommonWord(int from, int to) {
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        if (CONNECTORS.contains(t.text())) continue;
        if (common(t) || t.allCaps()) return false;
      }
      return true;
    }

    /**
     * "Xi Jinping" at a sentence's start: a short word the dictionary knows ("xi") that the article
     * never writes in lower case, then a capitalised word that is no common one.
     */
    private boolean shortNameFirst(int from, int to) {
      if (to - from < 2) return false;
      Token first = tokens.get(from);
      String lower = first.text().toLowerCase(Locale.ROOT);
      return first.text().length() <= 3 && !lowerSeen.contains(lower.hashCode()) && !function.contains(lower)
          && !EntityLexicon.FUNCTION_WORDS.get("en").contains(lower) && !common(tokens.get(from + 1));
    }

    /** "Joe Biden", "Will Smith": a given name, then a capitalised word that is a name. */
    private boolean startsPersonName(int from, int to) {
      if (to - from < 2 || to - from > 4) return false;
      Token first = tokens.get(from);
      Token last = tokens.get(to - 1);
      if (!EntityLexicon.GIVEN_NAMES.contains(first.text()) || last.allCaps()) return false;
      if (place(from, to) != null) return false;
      if (EntityLexicon.ORG_CUES.contains(last.text()) || EntityLexicon.PLACE_CUES.contains(last.text())) return false;
      String lower = first.text().toLowerCase(Locale.ROOT);
      if (!function.contains(lower) && !lowerSeen.contains(lower.hashCode())) return true;
      return !common(last) || EntityLexicon.SURNAMES.contains(last.text());
    }

    private boolean isTitle(Token t) {
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (EntityLexicon.TITLES.contains(lower)) return true;
      int hyphen = lower.lastIndexOf('-'); // "Attorney-General", "Vice-President"
      return hyphen > 0 && !german && EntityLexicon.TITLES.contains(lower.substring(hyphen + 1));
    }

    private boolean isRole(Token t) {
      String w = t.text();
      if (EntityLexicon.GIVEN_NAMES.contains(w) || EntityLexicon.SURNAMES.contains(w) || w.length() < 5) return false;
      return GERMAN_ROLE.matcher(w.toLowerCase(Locale.ROOT)).matches();
    }

    /** A title right before the name, in any case ("le président", "President", "Frau"). */
    private boolean isTitleBefore(int from) {
      if (from == 0) return false;
      Token name = tokens.get(from);
      if (name.gap() != NameTokens.SPACE) return false;
      Token before = tokens.get(from - 1);
      return isTitle(before) || german && isRole(before);
    }

    /** "said Smith", "Smith said", "sagte Müller", "selon Dupont". */
    private boolean speechNear(int from, int to) {
      if (to < tokens.size() && tokens.get(to).gap() <= NameTokens.PUNCT) {
        if (speech.contains(tokens.get(to).text().toLowerCase(Locale.ROOT))) return true;
      }
      if (from > 0 && tokens.get(from).gap() <= NameTokens.PUNCT) {
        String before = tokens.get(from - 1).text().toLowerCase(Locale.ROOT);
        if (speech.contains(before)) return true;
      }
      return false;
    }

    /** A cue word of organizations among the tokens, and beside it a word of two letters or more ("Group E" is none). */
    private boolean hasOrgCue(int from, int to) {
      boolean cue = false;
      boolean other = false;
      for (int k = from; k < to; k++) {
        String w = tokens.get(k).text();
        if (EntityLexicon.ORG_CUES.contains(w)) cue = true;
        else if (w.length() >= 2 && !CONNECTORS.contains(w)) other = true;
      }
      return cue && other;
    }

    private boolean anyOrgCue(int from, int to) {
      for (int k = from; k < to; k++) if (EntityLexicon.ORG_CUES.contains(tokens.get(k).text())) return true;
      return false;
    }

    /** Two to six capitals (dots allowed) that are no unit, time zone or common abbreviation. */
    private boolean isAcronym(Token t) {
      String w = t.text();
      if (!t.allCaps()) {
        // AfD, ZdK, SPÖ-like mixed forms: short, two capitals or more.
        if (w.length() > 5 || w.length() < 3) return false;
        int caps = 0;
        for (int i = 0; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) caps++;
        if (caps < 2 || !Character.isLowerCase(w.charAt(1)) && !Character.isUpperCase(w.charAt(w.length() - 1))) return false;
        return !w.startsWith("Mc") && !w.startsWith("Mac") && !EntityLexicon.NOT_ORGANIZATIONS.contains(w);
      }
      String bare = w.replace(".", "");
      for (int i = 0; i < bare.length(); i++) if (!Character.isLetter(bare.charAt(i))) return false;
      if (bare.length() < 2 || bare.length() > 6) return false;
      if (EntityLexicon.NOT_ORGANIZATIONS.contains(bare) || EntityLexicon.NOT_ORGANIZATIONS.contains(w)) return false;
      String lower = bare.toLowerCase(Locale.ROOT);
      if (function.contains(lower) || EntityLexicon.FUNCTION_WORDS.get("en").contains(lower)) return false;
      return !(bare.length() >= 4 && common.contains(lower));
    }

    /** {@link #place(String)} of tokens {@code [from, to)}, also when written in capitals ("NEW YORK"). */
    private String place(int from, int to) {
      String name = text(from, to);
      String found = place(name);
      if (found != null || !tokens.get(from).allCaps()) return found;
      StringBuilder b = new StringBuilder();
      for (int k = from; k < to; k++) {
        String w = tokens.get(k).text();
        if (k > from) b.append(' ');
        b.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
      }
      return EntityLexicon.PLACES.contains(b.toString()) ? b.toString() : null;
    }

    /** The gazetteer's form of a place name (a German genitive "Russlands" as "Russland"), or null. */
    private String place(String name) {
      if (EntityLexicon.PLACES.contains(name)) return name;
      if (german && name.length() > 4 && name.endsWith("s") && EntityLexicon.PLACES.contains(name.substring(0, name.length() - 1))) {
        return name.substring(0, name.length() - 1);
      }
      return null;
    }
  }

  /**
   * The hashes of a text's words ({@link String#hashCode}), in an open-addressed table: whether a
   * word occurs is asked of it without making a string of every word (a rare collision only
   * makes a name look like a common word).
   */
  private static final class WordHashes {
    private int[] slots = new int[256];
    private boolean[] used = new boolean[256];
    private int size;

    void add(int hash) {
      if (size * 2 >= slots.length) grow();
      int mask = slots.length - 1;
      int i = mix(hash) & mask;
      while (used[i]) {
        if (slots[i] == hash) return;
        i = (i + 1) & mask;
      }
      used[i] = true;
      slots[i] = hash;
      size++;
    }

    boolean contains(int hash) {
      int mask = slots.length - 1;
      int i = mix(hash) & mask;
      while (used[i]) {
        if (slots[i] == hash) return true;
        i = (i + 1) & mask;
      }
      return false;
    }

    private void grow() {
      int[] oldSlots = slots;
      boolean[] oldUsed = used;
      slots = new int[oldSlots.length * 2];
      used = new boolean[oldSlots.length * 2];
      size = 0;
      for (int i = 0; i < oldSlots.length; i++) if (oldUsed[i]) add(oldSlots[i]);
    }

    private static int mix(int h) {
      return h ^ (h >>> 16) * 0x45d9f3b;
    }
  }

  private static List<String> ranked(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    // Most mentioned first; ties keep the order of first mention.
    entries.sort((x, y) -> y.getValue() - x.getValue());
    List<String> out = new ArrayList<>();
    for (var e : entries) out.add(e.getKey());
    return out;
  }

  private EntityFinder() {}
}
