package gen.assemble;

import gen.assemble.FoundNames.Named;
import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import gen.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles by source, tag, person, organization and place. Tags that differ only in case or
 * spacing are one term; sources are one per site ({@link SourceTerms}); the names found in the text
 * are one term per person, organization or place however they are written ({@link FoundNames}).
 * Slugs are given in the order of the terms' keys, so a term keeps its slug when articles are added
 * that do not bring a colliding name.
 */
final class TaxonomyAssembler {
  /** Page names a term may not take: the kind's index page and its pagination folder. */
  private static final Set<String> RESERVED = Set.of("index", "page");
  /** Other spellings a term lists at most ("also written as"): the first found, newest first. */
  static final int MAX_OTHER_NAMES = 8;

  /** @param articles in the archive's order (newest first), so every term's list is too */
  static Map<TermKind, Taxonomy> assemble(List<Article> articles) {
    FoundNames found = FoundNames.of(articles);
    Map<TermKind, Taxonomy> out = new EnumMap<>(TermKind.class);
    for (TermKind kind : TermKind.values()) {
      List<List<Named>> names = switch (kind) {
        case SOURCE -> SourceTerms.of(articles);
        case TAG -> tags(articles);
        case PERSON, ORGANIZATION, PLACE -> found.of(kind);
      };
      out.put(kind, taxonomy(kind, articles, names));
    }
    return out;
  }

  /** Tags as they are written, the newest article's spelling shown. */
  private static List<List<Named>> tags(List<Article> articles) {
    List<List<Named>> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      List<String> tags = a.meta().tags();
      List<Named> list = new ArrayList<>(tags.size());
      for (String t : tags) {
        if (t.isBlank()) continue;
        String name = t.strip();
        list.add(new Named(t, Taxonomy.key(name), name, name, 0));
      }
      out.add(list);
    }
    return out;
  }

  private static Taxonomy taxonomy(TermKind kind, List<Article> articles, List<List<Named>> names) {
    Map<String, Building> byKey = new LinkedHashMap<>();
    List<List<Building>> ofArticle = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      List<Named> list = names.get(i);
      List<Building> own = new ArrayList<>(list.size());
      for (Named n : list) {
        Building b = byKey.computeIfAbsent(n.key(), Building::new);
        if (!own.contains(b)) {
          own.add(b);
          b.articles.add(a);
        }
        b.offer(n);
      }
      ofArticle.add(own);
    }
    List<Building> bySlugOrder = new ArrayList<>(byKey.values());
    bySlugOrder.sort(Comparator.comparing(b -> b.key));
    Set<String> taken = new HashSet<>(RESERVED);
    Map<Building, Term> termOf = new IdentityHashMap<>();
    List<Term> terms = new ArrayList<>(bySlugOrder.size());
    for (Building b : bySlugOrder) {
      String base = Slugs.slugify(b.name);
      String slug = base;
      for (int n = 2; !taken.add(slug.toLowerCase(Locale.ROOT)); n++) slug = base + "-" + n;
      Term t = new Term(kind, b.key, b.name, slug, b.articles, kind.found() ? b.otherNames() : List.of());
      termOf.put(b, t);
      terms.add(t);
    }
    terms.sort(Comparator.comparingInt(Term::count).reversed().thenComparing(Term::key));
    Map<Article, List<Term>> termsOfArticle = new IdentityHashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      List<Building> own = ofArticle.get(i);
      if (own.isEmpty()) continue;
      List<Term> list = new ArrayList<>(own.size());
      for (Building b : own) list.add(termOf.get(b));
      termsOfArticle.put(articles.get(i), List.copyOf(list));
    }
    Map<String, Term> other = new HashMap<>();
    for (Building b : bySlugOrder) {
      if (b.spellings != null) for (String k : b.spellings.keySet()) other.putIfAbsent(k, termOf.get(b));
    }
    return new Taxonomy(kind, terms, termsOfArticle, other);
  }

  private static final class Building {
    final String key;
    String name;
    int rank = -1;
    final List<Article> articles = new ArrayList<>();
    /** The first spelling found; most terms have no other, and no map is made for them. */
    String firstSpelling;
    /** Once a second spelling is found: spellings by {@link Taxonomy#key}, one per case. */
    Map<String, String> spellings;

    Building(String key) {
      this.key = key;
    }

    /** Takes the name a better name shows, or the first of the best (the newest article's). */
    void offer(Named n) {
      if (n.rank() > rank) {
        name = n.shown();
        rank = n.rank();
      }
      String spelling = n.spelling();
      if (firstSpelling == null) {
        firstSpelling = spelling;
      } else if (!spelling.equals(firstSpelling)) {
        if (spellings == null) {
          spellings = new LinkedHashMap<>(4);
          spellings.put(Taxonomy.key(firstSpelling), firstSpelling);
        }
        // One spelling per case; a shouted one ("JOSE ALVAREZ") only while no other is found.
        spellings.merge(Taxonomy.key(spelling), spelling, (kept, found) -> shouted(kept) && !shouted(found) ? found : kept);
      }
    }

    private static boolean shouted(String s) {
      return s.length() > 5 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    List<String> otherNames() {
      String own = Taxonomy.key(name);
      if (spellings == null) return firstSpelling == null || Taxonomy.key(firstSpelling).equals(own) ? List.of() : List.of(firstSpelling);
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, String> e : spellings.entrySet()) {
        if (!e.getKey().equals(own) && out.size() < MAX_OTHER_NAMES) out.add(e.getValue());
      }
      return out;
    }
  }

  private TaxonomyAssembler() {}
}
