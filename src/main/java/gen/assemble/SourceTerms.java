package gen.assemble;

import gen.assemble.FoundNames.Named;
import gen.model.Article;
import gen.model.Metadata;
import gen.model.Source;
import gen.model.Taxonomy;
import gen.text.NameForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Each article's source as the term it is: one source, one page.
 *
 * <ul>
 *   <li>A source with a domain (or an article with an original URL) is its domain, without
 *       "www.": "CGTN", "cgtn.com" and a source whose article came from www.cgtn.com are one.
 *   <li>A source known only by its name is the source with a domain whose name matches it: the
 *       domain's own name ("thegatewaypundit.com" for "The Gateway Pundit") or a name another
 *       article gives that domain. Case, spaces, punctuation and a leading "the" do not count. A
 *       name that matches two domains stays apart.
 *   <li>Names alone that match each other so ("The Guardian", "Guardian") are one source.
 * </ul>
 */
final class SourceTerms {
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}\\.?$");
  /** Second-level labels under a country's domain: "bbc.co.uk" is named "bbc". */
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic");

  private SourceTerms() {}

  /** Per article (in the archive's order), its source as a one-name list, or none. */
  static List<List<Named>> of(List<Article> articles) {
    record First(String key, boolean isDomain, String name) {}
    List<First> firsts = new ArrayList<>(articles.size());
    Map<String, Set<String>> domainsByWord = new HashMap<>();
    Map<String, String> wordOfName = new TreeMap<>();
    // An archive has few sources: each distinct name is looked at once.
    Map<String, String> words = new HashMap<>();
    Map<String, String> domainWords = new HashMap<>();
    Map<String, Boolean> domainNames = new HashMap<>();
    for (Article a : articles) {
      Metadata m = a.meta();
      if (m.source().isEmpty()) {
        firsts.add(null);
        continue;
      }
      Source s = m.source().get();
      Optional<String> domain = s.domain().or(() -> m.url().flatMap(ArticleTerms::host)).map(SourceTerms::withoutWww);
      String key = Taxonomy.key(domain.orElse(s.name()));
      firsts.add(new First(key, domain.isPresent(), s.name()));
      if (domain.isPresent()) {
        String own = domainWords.computeIfAbsent(key, k -> word(nameOfDomain(k)));
        if (!own.isEmpty()) domainsByWord.computeIfAbsent(own, w -> new HashSet<>()).add(key);
        if (!domainNames.computeIfAbsent(s.name(), SourceTerms::isDomainName)) {
          String given = words.computeIfAbsent(s.name(), SourceTerms::word);
          if (!given.isEmpty()) domainsByWord.computeIfAbsent(given, w -> new HashSet<>()).add(key);
        }
      } else {
        wordOfName.put(key, words.computeIfAbsent(s.name(), SourceTerms::word));
      }
    }
    // A name alone takes the one domain it matches, else the first (by key) of the names it matches.
    Map<String, String> merged = new HashMap<>();
    Map<String, String> firstNameOfWord = new HashMap<>();
    wordOfName.forEach((key, w) -> {
      if (w.isEmpty()) return;
      Set<String> domains = domainsByWord.getOrDefault(w, Set.of());
      if (domains.size() == 1) {
        merged.put(key, domains.iterator().next());
      } else if (domains.isEmpty()) {
        String first = firstNameOfWord.putIfAbsent(w, key);
        if (first != null) merged.put(key, first);
      }
    });
    List<List<Named>> out = new ArrayList<>(articles.size());
    for (First f : firsts) {
      if (f == null) {
        out.add(List.of());
        continue;
      }
      String key = merged.getOrDefault(f.key(), f.key());
      String name = f.name().strip();
      out.add(List.of(new Named(name, key, name, name, domainNames.computeIfAbsent(name, SourceTerms::isDomainName) ? 0 : 1)));
    }
    return out;
  }

  static String withoutWww(String domain) {
    String d = domain.strip();
    return d.regionMatches(true, 0, "www.", 0, 4) ? d.substring(4) : d;
  }

  /** The name a domain is registered under: "bbc" for "news.bbc.co.uk". */
  static String nameOfDomain(String domain) {
    String[] labels = domain.toLowerCase(java.util.Locale.ROOT).split("\\.");
    int last = labels.length - 2;
    if (last > 0 && SECOND_LEVEL.contains(labels[last])) last--;
    return last >= 0 ? labels[last] : domain;
  }

  /** Letters and digits only, lower case, without a leading "the": "The Gateway Pundit" is "gatewaypundit". */
  static String word(String name) {
    String f = NameForms.fold(name);
    StringBuilder out = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetterOrDigit(c)) out.append(c);
    }
    String w = out.toString();
    return w.startsWith("the") && w.length() >= 3 + 4 ? w.substring(3) : w;
  }

  private static boolean isDomainName(String name) {
    return DOMAIN.matcher(name.strip()).matches();
  }
}
