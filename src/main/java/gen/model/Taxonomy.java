package gen.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every term of one kind, most used first (ties by name), with each article's terms, and a lookup
 * by name that ignores case, Unicode compatibility forms and runs of white space.
 */
public final class Taxonomy {
  private final TermKind kind;
  private final List<Term> terms;
  private final Map<String, Term> byKey = new HashMap<>();
  private final Map<Article, List<Term>> ofArticle;

  public Taxonomy(TermKind kind, List<Term> terms) {
    this(kind, terms, Map.of(), Map.of());
  }

  /**
   * @param ofArticle each article's terms, in the order its metadata names them, each once: an
   *     identity map, by the archive's own articles
   * @param otherNames the terms by the {@link #key} of the other names articles give them
   *     ("trump's" for Donald Trump), for {@link #find}
   */
  public Taxonomy(TermKind kind, List<Term> terms, Map<Article, List<Term>> ofArticle, Map<String, Term> otherNames) {
    this.kind = kind;
    this.terms = List.copyOf(terms);
    for (Term t : this.terms) byKey.putIfAbsent(t.key(), t);
    otherNames.forEach(byKey::putIfAbsent);
    // Made for this taxonomy by its assembler, and read only: not copied (an archive's worth of entries).
    this.ofArticle = java.util.Collections.unmodifiableMap(ofArticle);
  }

  public static Taxonomy empty(TermKind kind) {
    return new Taxonomy(kind, List.of());
  }

  public TermKind kind() {
    return kind;
  }

  public List<Term> terms() {
    return terms;
  }

  /** The terms that get pages of their own ({@link Term#hasPage()}), most used first. */
  public List<Term> pagedTerms() {
    return terms.stream().filter(Term::hasPage).toList();
  }

  /** An article's terms of this kind, in the order its metadata names them; none for another archive's. */
  public List<Term> termsOf(Article article) {
    return ofArticle.getOrDefault(article, List.of());
  }

  /**
   * The term a name in an article belongs to, if that name is in this taxonomy; for sources, pass
   * the domain when the source has one. A name that stands for different terms in different
   * articles (a last name) finds one of them: an article's own are {@link #termsOf}.
   */
  public Optional<Term> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /** The identity of a term name: "Xi  Jinping", "xi jinping" and "ＸＩ Jinping" are one term. */
  public static String key(String name) {
    // Most names are printable ASCII with single spaces between words: NFKC and the white space
    // rules leave them as they are. Normalizing and a regular expression for each of an archive's
    // names was a third of assembling its taxonomies.
    if (isPlainAscii(name)) return name.toLowerCase(Locale.ROOT);
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** Printable ASCII, no white space but single spaces between other characters. */
  private static boolean isPlainAscii(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) return false;
      previous = c;
    }
    return true;
  }
}
