package gen.check;

import gen.assemble.KnownNames;
import gen.model.Archive;
import gen.model.Article;
import gen.model.Term;
import gen.model.TermKind;
import gen.read.FrontMatter;
import gen.text.NameForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Names found in the text that gen is unsure of, as info findings, each once for the whole archive
 * and named in the first file (by path) that has it:
 *
 * <ul>
 *   <li>{@code lone-name}: a one-word person with a page of their own (in two articles or more)
 *       whom no article names in full, so gen cannot tell who it is;
 *   <li>{@code two-kinds}: a name found as two kinds (a person and a place: "Jordan") where one
 *       of them has a page;
 *   <li>{@code caps-organization}: a word in capitals taken for an organization in one article
 *       only, which the archive also writes as an ordinary lower-case word: a shouted word
 *       ("STOLEN", "GAMES"), where an acronym ("HSBC") is never written in lower case.
 * </ul>
 *
 * A name the front matter of one of its articles lists ({@code people: [Smith]}) is confirmed and
 * not reported; each message says which front matter key settles it.
 */
final class NameRules {
  private final String prefix;
  private final Function<Article, FrontMatter> frontMatter;
  private final Map<Article, FrontMatter> read = new IdentityHashMap<>();
  /** Terms a finding names already: one finding a name is enough. */
  private final Set<Term> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** @param frontMatter an article's front matter, read again: asked only for the articles of a name to report */
  NameRules(String prefix, Function<Article, FrontMatter> frontMatter) {
    this.prefix = prefix;
    this.frontMatter = frontMatter;
  }

  void check(Archive archive, List<Finding> out) {
    List<Finding> found = new ArrayList<>();
    loneNames(archive, found);
    twoKinds(archive, found);
    capsOrganizations(archive, found);
    found.sort(Comparator.comparing(Finding::file).thenComparing(Finding::code).thenComparing(Finding::message));
    out.addAll(found);
  }

  private void loneNames(Archive archive, List<Finding> out) {
    List<Term> people = archive.taxonomy(TermKind.PERSON).terms();
    Map<String, TreeSet<String>> fullBySurname = new HashMap<>();
    for (Term t : people) {
      if (t.key().indexOf(' ') > 0) fullBySurname.computeIfAbsent(NameForms.surname(t.key()), s -> new TreeSet<>()).add(t.name());
    }
    for (Term t : people) {
      if (t.key().indexOf(' ') >= 0 || !t.hasPage() || confirmed(t)) continue;
      TreeSet<String> could = fullBySurname.getOrDefault(t.key(), new TreeSet<>());
      String who = could.isEmpty() ? "never named in full" : "could be " + String.join(" or ", could);
      out.add(Finding.info(fileOf(t), "lone-name", "person \"" + t.name() + "\" (" + articles(t) + ") is " + who
          + "; name them in full in one article's front matter (people: [Full Name]), or not_people: [" + t.name() + "]"));
    }
  }

  private void twoKinds(Archive archive, List<Finding> out) {
    List<TermKind> kinds = List.of(TermKind.PERSON, TermKind.ORGANIZATION, TermKind.PLACE);
    for (int i = 0; i < kinds.size(); i++) {
      for (int j = i + 1; j < kinds.size(); j++) {
        var other = archive.taxonomy(kinds.get(j));
        for (Term a : archive.taxonomy(kinds.get(i)).terms()) {
          Term b = other.terms().isEmpty() ? null : other.find(a.key()).filter(t -> t.key().equals(a.key())).orElse(null);
          if (b == null || !(a.hasPage() || b.hasPage()) || confirmed(a) || confirmed(b)) continue;
          // Named where the less common reading is, which is the likelier mistake.
          Term rarer = a.count() <= b.count() ? a : b;
          Term more = rarer == a ? b : a;
          reported.add(a);
          reported.add(b);
          out.add(Finding.info(fileOf(rarer), "two-kinds", "\"" + rarer.name() + "\" is found as " + singular(more)
              + " (" + articles(more) + ") and as " + singular(rarer) + " (" + articles(rarer)
              + "); set not_" + rarer.kind().folder() + ": [" + rarer.name() + "] where it is not one, or "
              + rarer.kind().folder() + ": [" + rarer.name() + "] where it is"));
        }
      }
    }
  }

  private void capsOrganizations(Archive archive, List<Finding> out) {
    Map<String, Term> candidates = new HashMap<>();
    for (Term t : archive.taxonomy(TermKind.ORGANIZATION).terms()) {
      if (t.count() == 1 && inCapitals(t.name()) && !KnownNames.contains(t.name()) && !reported.contains(t)) {
        candidates.put(t.name().toLowerCase(Locale.ROOT), t);
      }
    }
    if (candidates.isEmpty()) return;
    // An acronym ("HSBC") is never written in lower case; a shouted word ("STOLEN") is, elsewhere.
    Set<String> ordinary = new HashSet<>();
    for (Article a : archive.articles()) lowerCaseWords(a.bodyText(), candidates.keySet(), ordinary);
    for (String word : new TreeSet<>(ordinary)) {
      Term t = candidates.get(word);
      if (confirmed(t)) continue;
      out.add(Finding.info(fileOf(t), "caps-organization", "\"" + t.name() + "\" is taken for an organization (only here), "
          + "but the archive also writes \"" + word + "\" as a word; set not_organizations: [" + t.name() + "] if it is not one"));
    }
  }

  /** Adds to {@code found} the words of {@code wanted} that the text writes in lower case. */
  private static void lowerCaseWords(String text, Set<String> wanted, Set<String> found) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean lower = true;
      while (i < n && Character.isLetter(text.charAt(i))) {
        if (!Character.isLowerCase(text.charAt(i))) lower = false;
        i++;
      }
      if (lower && i - start >= 2) {
        String w = text.substring(start, i);
        if (wanted.contains(w)) found.add(w);
      }
    }
  }

  /** A word of capitals only (two or more): "NATO", "GET". */
  private static boolean inCapitals(String name) {
    if (name.length() < 2) return false;
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isUpperCase(name.charAt(i))) return false;
    }
    return true;
  }

  /** Whether one of the term's articles lists it under its kind in the front matter. */
  private boolean confirmed(Term t) {
    String key = t.kind().folder();
    for (Article a : t.articles()) {
      FrontMatter fm = read.computeIfAbsent(a, frontMatter);
      if (!fm.has(key)) continue;
      for (String name : fm.strings(key)) {
        if (keyOf(t.kind(), name).equals(t.key())) return true;
      }
    }
    return false;
  }

  private static String keyOf(TermKind kind, String name) {
    return kind == TermKind.PERSON ? NameForms.personKey(NameForms.cleanPerson(name)) : NameForms.fold(NameForms.cleanOther(name));
  }

  private String fileOf(Term t) {
    return prefix + t.articles().stream().map(a -> a.file().relative()).min(Comparator.naturalOrder()).orElse("");
  }

  private static String articles(Term t) {
    return t.count() == 1 ? "1 article" : t.count() + " articles";
  }

  /** "a person", "an organization", "a place". */
  private static String singular(Term t) {
    String s = t.kind().singular().toLowerCase(Locale.ROOT);
    return (s.startsWith("o") ? "an " : "a ") + s;
  }
}
