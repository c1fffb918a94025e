package gen.assemble;

import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import gen.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles by source, tag, person, organization and place. Names that differ only in case
 * or spacing are one term. Slugs are given in the order of the terms' keys, so a term keeps its
 * slug when articles are added that do not bring a colliding name.
 */
final class TaxonomyAssembler {
  /** Page names a term may not take: the kind's index page and its pagination folder. */
  private static final Set<String> RESERVED = Set.of("index", "page");

  /** @param articles in the archive's order (newest first), so every term's list is too */
  static Map<TermKind, Taxonomy> assemble(List<Article> articles) {
    Map<TermKind, Taxonomy> out = new EnumMap<>(TermKind.class);
    for (TermKind kind : TermKind.values()) out.put(kind, taxonomy(kind, articles));
    return out;
  }

  private static Taxonomy taxonomy(TermKind kind, List<Article> articles) {
    Map<String, Building> byKey = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      seen.clear();
      for (String name : ArticleTerms.names(a, kind)) {
        if (name.isBlank()) continue;
        String key = Taxonomy.key(name);
        if (!seen.add(key)) continue;
        String display = ArticleTerms.displayName(a, kind, name.strip());
        // Keys are made once per name: the same name shown as it is has the same key.
        String displayKey = display.equals(name) ? key : Taxonomy.key(display);
        Building b = byKey.get(key);
        if (b == null) {
          b = new Building(key, display, displayKey.equals(key));
          byKey.put(key, b);
        }
        b.articles.add(a);
        // A source first seen only as its domain takes a real name ("CGTN") when one turns up.
        if (b.nameIsKey && !displayKey.equals(key)) {
          b.name = display;
          b.nameIsKey = false;
        }
      }
    }
    List<Building> bySlugOrder = new ArrayList<>(byKey.values());
    bySlugOrder.sort(Comparator.comparing(b -> b.key));
    Set<String> taken = new HashSet<>(RESERVED);
    List<Term> terms = new ArrayList<>(bySlugOrder.size());
    for (Building b : bySlugOrder) {
      String base = Slugs.slugify(b.name);
      String slug = base;
      for (int n = 2; !taken.add(slug.toLowerCase(Locale.ROOT)); n++) slug = base + "-" + n;
      terms.add(new Term(kind, b.key, b.name, slug, b.articles));
    }
    terms.sort(Comparator.comparingInt(Term::count).reversed().thenComparing(Term::key));
    return new Taxonomy(kind, terms);
  }

  private static final class Building {
    final String key;
    String name;
    /** Whether the name's own key is the term's key (a source named by its domain so far). */
    boolean nameIsKey;
    final List<Article> articles = new ArrayList<>();

    Building(String key, String name, boolean nameIsKey) {
      this.key = key;
      this.name = name;
      this.nameIsKey = nameIsKey;
    }
  }

  private TaxonomyAssembler() {}
}
