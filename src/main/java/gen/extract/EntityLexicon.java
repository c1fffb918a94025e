package gen.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The word lists {@link EntityFinder} reads, from {@code /gen/extract/entities/} (their sources
 * and licences are in SOURCES.md there): given names and family names, places, organizations,
 * the cue words of each kind, and per language the function words and the common words of its
 * dictionary. Each list is loaded once, on first use; a language's dictionary only when an article
 * in it comes.
 */
final class EntityLexicon {
  private static final String DIR = "/gen/extract/entities/";

  static final Set<String> GIVEN_NAMES = lines("given-names.txt");
  static final Set<String> SURNAMES = lines("surnames.txt");
  static final Set<String> PLACES = union(lines("gazetteer-places.txt"), lines("places-extra.txt"));
  static final Set<String> ORGANIZATIONS = lines("organizations.txt");
  static final Set<String> ORG_CUES = lines("org-cues.txt");
  static final Set<String> PLACE_CUES = lines("place-cues.txt");
  static final Set<String> NOT_ORGANIZATIONS = lines("not-organizations.txt");
  static final Set<String> PROPER_ADJECTIVES = lines("proper-adjectives-en.txt");
  /** Titles, compared lower-cased: "le président Macron" has them in lower case. */
  static final Set<String> TITLES = lowerCased(lines("person-titles.txt"));
  static final Map<String, Set<String>> FUNCTION_WORDS = byLanguage("function-words.txt");
  static final Map<String, Set<String>> SPEECH_WORDS = byLanguage("speech-words.txt");

  /** The languages with a dictionary of common words. */
  private static final Set<String> DICTIONARIES = Set.of("en", "de", "fr", "es", "it", "pt", "nl");
  private static final Map<String, Set<String>> COMMON = new ConcurrentHashMap<>();

  /**
   * The common words of a language's dictionary (for German its nouns too, as written, capital
   * and all; for the others lower case), or an empty set for a language without one.
   */
  static Set<String> commonWords(String language) {
    if (!DICTIONARIES.contains(language)) return Set.of();
    return COMMON.computeIfAbsent(language, l -> read("common-" + l + ".txt.gz", true));
  }

  static Set<String> functionWords(String language) {
    return FUNCTION_WORDS.getOrDefault(language, FUNCTION_WORDS.get("en"));
  }

  static Set<String> speechWords(String language) {
    return SPEECH_WORDS.getOrDefault(language, SPEECH_WORDS.get("en"));
  }

  private static Set<String> lines(String name) {
    return read(name, false);
  }

  private static Set<String> read(String name, boolean gzipped) {
    Set<String> out = new HashSet<>();
    InputStream in = EntityLexicon.class.getResourceAsStream(DIR + name);
    if (in == null) throw new IllegalStateException("missing resource " + DIR + name);
    try (InputStream raw = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
        BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, Set<String>> byLanguage(String name) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : lines(name)) {
      int colon = line.indexOf(':');
      Set<String> words = new HashSet<>();
      for (String w : line.substring(colon + 1).strip().split("\\s+")) words.add(w.toLowerCase(Locale.ROOT));
      out.put(line.substring(0, colon).strip(), words);
    }
    return out;
  }

  private static Set<String> lowerCased(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  private EntityLexicon() {}
}
