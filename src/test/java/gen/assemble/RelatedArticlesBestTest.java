package gen.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Keeping the best candidates by insertion against the sort it replaced (every candidate boxed and
 * sorted, the head kept), on random scores with many ties, before and after the article itself.
 */
class RelatedArticlesBestTest {
  @Test
  void insertion_keeps_the_head_of_the_sorted_candidates() {
    Random random = new Random(20261127);
    for (int run = 0; run < 20_000; run++) {
      int n = 1 + random.nextInt(60);
      double[] score = new double[n];
      int self = random.nextInt(n);
      int[] touched = new int[n];
      int count = 0;
      for (int m = 0; m < n; m++) {
        if (m == self || random.nextInt(3) == 0) continue;
        score[m] = random.nextInt(4) * 0.5 + (random.nextInt(5) == 0 ? 1.0 / 3 : 0); // ties on purpose
        if (score[m] == 0) score[m] = 0.25;
        touched[count++] = m;
      }
      // The candidates come in the order terms touched them, not by position.
      for (int k = count - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        int t = touched[k];
        touched[k] = touched[j];
        touched[j] = t;
      }
      assertArrayEquals(sorted(touched, count, score, self), RelatedArticles.best(touched, count, score, self),
          Arrays.toString(Arrays.copyOf(touched, count)));
    }
  }

  /** The selection as it was, kept as the oracle. */
  private static int[] sorted(int[] touched, int count, double[] score, int self) {
    Integer[] best = new Integer[count];
    for (int k = 0; k < count; k++) best[k] = touched[k];
    Arrays.sort(best, (a, b) -> {
      int c = Double.compare(score[b], score[a]);
      if (c != 0) return c;
      c = Integer.compare(Math.abs(a - self), Math.abs(b - self));
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[Math.min(RelatedArticles.MAX_RELATED, count)];
    for (int k = 0; k < out.length; k++) out[k] = best[k];
    return out;
  }
}
