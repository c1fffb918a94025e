package gen.check;

import gen.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The same article saved twice, found by content, not by file name: exact duplicates by their
 * normalized text, near duplicates by word shingles compared through MinHash signatures and
 * locality-sensitive hashing (candidate pairs come from shared bands, so the work grows about
 * linearly with the archive), then confirmed by the shingles' exact Jaccard similarity.
 */
final class Duplicates {
  static final int SHINGLE_WORDS = 5;
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  /** Texts shorter than this many words are too short to call near duplicates. */
  static final int MIN_WORDS = 25;
  static final double NEAR = 0.7;

  private static final long[] SEEDS = seeds();

  /** @param prefix put before each file's path below the input folder, to name it as the user sees it */
  static void check(List<Article> articles, String prefix, List<Finding> out) {
    Map<String, String> firstByText = new HashMap<>();
    List<Integer> distinct = new ArrayList<>();
    List<String[]> words = new ArrayList<>();
    for (Article a : articles) words.add(words(a.bodyText()));
    for (int i = 0; i < articles.size(); i++) {
      String[] w = words.get(i);
      if (w.length == 0) continue;
      String key = String.join(" ", w);
      String first = firstByText.putIfAbsent(key, prefix + articles.get(i).file().relative());
      if (first != null) {
        out.add(Finding.warning(prefix + articles.get(i).file().relative(), "duplicate", "the same text as " + first));
      } else {
        distinct.add(i);
      }
    }
    nearDuplicates(articles, prefix, words, distinct, out);
  }

  private static void nearDuplicates(List<Article> articles, String prefix, List<String[]> words, List<Integer> candidates, List<Finding> out) {
    Map<Integer, long[]> shingles = new HashMap<>();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i : candidates) {
      if (words.get(i).length < MIN_WORDS) continue;
      long[] s = shingles(words.get(i));
      shingles.put(i, s);
      long[] sig = signature(s);
      for (int b = 0; b < BANDS; b++) {
        long h = b * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]);
        buckets.computeIfAbsent(h, k -> new ArrayList<>(2)).add(i);
      }
    }
    Set<Long> compared = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() < 2) continue;
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int a = Math.min(bucket.get(x), bucket.get(y));
          int b = Math.max(bucket.get(x), bucket.get(y));
          if (!compared.add(((long) a << 32) | b)) continue;
          double j = jaccard(shingles.get(a), shingles.get(b));
          if (j >= NEAR) {
            out.add(Finding.warning(prefix + articles.get(b).file().relative(), "near-duplicate",
                String.format(Locale.ROOT, "%d%% the same text as %s", (int) Math.floor(j * 100), prefix + articles.get(a).file().relative())));
          }
        }
      }
    }
  }

  /** Lower-case words of letters and digits: punctuation, case and spacing do not make a text different. */
  static String[] words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }

  /** Hashes of every run of {@value #SHINGLE_WORDS} words, sorted and distinct. */
  static long[] shingles(String[] w) {
    int n = Math.max(1, w.length - SHINGLE_WORDS + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int k = i; k < Math.min(w.length, i + SHINGLE_WORDS); k++) h = mix(h ^ w[k].hashCode());
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  static long[] signature(long[] shingles) {
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  /** Exact Jaccard similarity of two sorted distinct arrays. */
  static double jaccard(long[] a, long[] b) {
    int i = 0, j = 0, both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - both;
    return union == 0 ? 0 : (double) both / union;
  }

  /** A 64-bit finalizer (SplitMix64): cheap, and every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) s[i] = x = mix(x + 0x9E3779B97F4A7C15L);
    return s;
  }

  private Duplicates() {}
}
