package gen.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The index terms of one document and how often each occurs (a title word counts {@value
 * #TITLE_BOOST} times), and the document's length in terms.
 */
record TermCounts(Map<String, int[]> counts, int length) {
  static final int TITLE_BOOST = 3;

  static TermCounts of(String title, String text) {
    Map<String, int[]> tf = new HashMap<>();
    int[] length = {0};
    SearchTokenizer.forEachTerm(title, t -> {
      tf.computeIfAbsent(t, k -> new int[1])[0] += TITLE_BOOST;
      length[0] += TITLE_BOOST;
    });
    SearchTokenizer.forEachTerm(text, t -> {
      tf.computeIfAbsent(t, k -> new int[1])[0]++;
      length[0]++;
    });
    return new TermCounts(tf, length[0]);
  }

  /** The count as a posting carries it: 1..{@link Postings#MAX_WEIGHT} (BM25 saturates long before). */
  static int capped(int tf) {
    return Math.max(1, Math.min(Postings.MAX_WEIGHT, tf));
  }
}
