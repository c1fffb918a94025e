package gen.assemble;

import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for every article, the articles that share the most with it: tags, people,
 * organizations, places and source. Work stays near-linear in the archive's size: candidates come
 * only from the terms an article has, and from a term with many articles only the {@link
 * #FAN_OUT} nearest in time are taken, so no pair of articles is ever compared blindly.
 */
final class RelatedArticles {
  /**
   * Four: each entry is a title, a link and a date on every article page, and at 100,000 articles
   * a fifth kept the published site just over GitHub Pages' 1 GB.
   */
  static final int MAX_RELATED = 4;
  /** Articles a term contributes as candidates, at most: the ones nearest in the archive's order. */
  static final int FAN_OUT = 60;

  /** How much sharing one term of a kind says; a rare term says more (see {@link #weight}). */
  private static double kindWeight(TermKind kind) {
    return switch (kind) {
      case TAG -> 3.0;
      case PERSON, ORGANIZATION -> 2.0;
      case PLACE -> 1.0;
      case SOURCE -> 0.5;
    };
  }

  /**
   * @param articles the archive's order
   * @return per article slug, up to {@link #MAX_RELATED} articles, best first; articles with
   *     nothing in common with any other are left out
   */
  static Map<String, List<Article>> find(List<Article> articles, Map<TermKind, Taxonomy> taxonomies) {
    Map<Article, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < articles.size(); i++) position.put(articles.get(i), i);

    // Each term as positions in the archive's order (ascending), and each article's terms.
    List<List<int[]>> termsOf = new ArrayList<>(articles.size());
    List<List<Double>> weightsOf = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      termsOf.add(new ArrayList<>());
      weightsOf.add(new ArrayList<>());
    }
    for (Taxonomy taxonomy : taxonomies.values()) {
      for (Term term : taxonomy.terms()) {
        if (term.count() < 2) continue;
        int[] members = term.articles().stream().mapToInt(position::get).sorted().toArray();
        double w = weight(taxonomy.kind(), members.length);
        for (int m : members) {
          termsOf.get(m).add(members);
          weightsOf.get(m).add(w);
        }
      }
    }

    Map<String, List<Article>> out = new HashMap<>();
    // Scores in an array indexed by position, reset after each article: a map of boxed numbers,
    // looked up at every comparison of the sort, was most of an archive's assembly.
    double[] score = new double[articles.size()];
    int[] touched = new int[articles.size()];
    for (int i = 0; i < articles.size(); i++) {
      int count = 0;
      List<int[]> terms = termsOf.get(i);
      for (int t = 0; t < terms.size(); t++) {
        int[] members = terms.get(t);
        double w = weightsOf.get(i).get(t);
        int at = Arrays.binarySearch(members, i);
        int from = Math.max(0, Math.min(at - FAN_OUT / 2, members.length - FAN_OUT - 1));
        int to = Math.min(members.length, from + FAN_OUT + 1);
        for (int k = from; k < to; k++) {
          int m = members[k];
          if (m == i) continue;
          if (score[m] == 0) touched[count++] = m;
          score[m] += w;
        }
      }
      if (count == 0) continue;
      int[] best = best(touched, count, score, i);
      List<Article> related = new ArrayList<>(best.length);
      for (int b : best) related.add(articles.get(b));
      out.put(articles.get(i).slug(), List.copyOf(related));
      for (int k = 0; k < count; k++) score[touched[k]] = 0;
    }
    return out;
  }

  /**
   * The first {@value #MAX_RELATED} of {@code candidates[0..count)} in the order of {@link
   * #before}, kept by insertion: the order is total, so they are the head of the whole list
   * sorted, without sorting (and boxing) hundreds of candidates to keep a few.
   */
  static int[] best(int[] candidates, int count, double[] score, int self) {
    int[] top = new int[Math.min(MAX_RELATED, count)];
    int size = 0;
    for (int k = 0; k < count; k++) {
      int m = candidates[k];
      if (size == top.length && !before(m, top[size - 1], score, self)) continue;
      int at = size == top.length ? size - 1 : size++;
      while (at > 0 && before(m, top[at - 1], score, self)) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = m;
    }
    return top;
  }

  /** Highest score first; among equals the nearest in time, then the newer. */
  private static boolean before(int a, int b, double[] score, int self) {
    int c = Double.compare(score[b], score[a]);
    if (c == 0) c = Integer.compare(Math.abs(a - self), Math.abs(b - self));
    if (c == 0) c = Integer.compare(a, b);
    return c < 0;
  }

  /** A term shared by two articles in a pair says less the more articles share it. */
  static double weight(TermKind kind, int termSize) {
    return kindWeight(kind) / Math.log(Math.E + termSize);
  }

  private RelatedArticles() {}
}
