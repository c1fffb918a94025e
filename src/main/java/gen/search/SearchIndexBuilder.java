package gen.search;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds a {@link SearchIndex} from documents added in display order (id 0 is the first). Time and
 * memory are linear in the text indexed: one pass to count terms, one over the postings to weigh
 * them.
 *
 * <p>Each posting carries a precomputed BM25F weight, so the browser needs no document lengths:
 * it multiplies the weight by the term's inverse document frequency, which it derives from the
 * number of postings. The title counts {@value #TITLE_BOOST} times as much as the body.
 */
public final class SearchIndexBuilder {
  static final int TITLE_BOOST = 3;
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  /** Aim for shards of about this many bytes: a query of three words loads well under 100 kB. */
  static final int TARGET_SHARD_BYTES = 24 * 1024;
  static final int MAX_SHARDS = 4096;

  private final Map<String, IntPairs> postings = new HashMap<>();
  /** Added documents without their text, which is in {@link #texts}. */
  private final List<SearchDocument> documents = new ArrayList<>();
  /**
   * Each document's text, made again when the index is written: a build would otherwise hold every
   * document's text at once (as UTF-8 at least, half the memory of a Java string holding one curly
   * quote).
   */
  private final List<Supplier<String>> texts = new ArrayList<>();
  private int[] lengths = new int[64];
  private long totalLength;

  /** Adds the next document; its id is the number of documents added before it. */
  public SearchIndexBuilder add(SearchDocument doc) {
    byte[] utf8 = doc.text().getBytes(StandardCharsets.UTF_8);
    return add(doc, () -> new String(utf8, StandardCharsets.UTF_8));
  }

  /**
   * Adds the next document, whose text {@code textAgain} makes again, the same, when the index is
   * written (from a copy the caller keeps anyway), so that the builder holds no text.
   */
  public SearchIndexBuilder add(SearchDocument doc, Supplier<String> textAgain) {
    int id = documents.size();
    documents.add(new SearchDocument(doc.title(), doc.path(), doc.date(), doc.source(), ""));
    texts.add(textAgain);
    Map<String, int[]> tf = new HashMap<>();
    int[] length = {0};
    SearchTokenizer.forEachTerm(doc.title(), t -> {
      tf.computeIfAbsent(t, k -> new int[1])[0] += TITLE_BOOST;
      length[0] += TITLE_BOOST;
    });
    SearchTokenizer.forEachTerm(doc.text(), t -> {
      tf.computeIfAbsent(t, k -> new int[1])[0]++;
      length[0]++;
    });
    if (id == lengths.length) lengths = Arrays.copyOf(lengths, id * 2);
    lengths[id] = length[0];
    totalLength += length[0];
    tf.forEach((term, count) -> postings.computeIfAbsent(term, k -> new IntPairs()).add(id, count[0]));
    return this;
  }

  public SearchIndex build() {
    int n = documents.size();
    double avg = n == 0 ? 1 : Math.max(1, totalLength / (double) n);
    Map<String, String> encoded = new HashMap<>(postings.size() * 2);
    long bytes = 0;
    for (Map.Entry<String, IntPairs> e : postings.entrySet()) {
      IntPairs p = e.getValue();
      Postings out = new Postings();
      for (int i = 0; i < p.size; i++) {
        int doc = p.a[i];
        out.add(doc, weight(p.b[i], lengths[doc], avg));
      }
      String text = out.text();
      encoded.put(e.getKey(), text);
      bytes += text.length() + e.getKey().length() + 4; // "term":"postings", as written
    }
    int shards = shardCount(bytes);
    List<Map<String, String>> byShard = new ArrayList<>(shards);
    for (int i = 0; i < shards; i++) byShard.add(new TreeMap<>());
    encoded.forEach((term, text) -> byShard.get(SearchIndex.shardOf(term, shards)).put(term, text));
    // Each document gets its text back only when it is written.
    List<SearchDocument> withText = new AbstractList<>() {
      @Override
      public SearchDocument get(int i) {
        SearchDocument d = documents.get(i);
        return new SearchDocument(d.title(), d.path(), d.date(), d.source(), texts.get(i).get());
      }

      @Override
      public int size() {
        return documents.size();
      }
    };
    return new SearchIndex(withText, byShard);
  }

  /** BM25's term-frequency part, quantized to 1..26; it tends to {@code K1 + 1} as tf grows. */
  static int weight(int tf, int length, double averageLength) {
    double norm = K1 * (1 - B + B * length / averageLength);
    double w = tf * (K1 + 1) / (tf + norm);
    int q = (int) Math.ceil(w / (K1 + 1) * Postings.MAX_WEIGHT);
    return Math.max(1, Math.min(Postings.MAX_WEIGHT, q));
  }

  /** A power of two, so a shard's file name is stable while the archive grows slowly. */
  static int shardCount(long bytes) {
    long wanted = Math.max(1, (bytes + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES);
    int shards = 1;
    while (shards < wanted && shards < MAX_SHARDS) shards *= 2;
    return shards;
  }

  /** Growable pairs of ints, so a million postings are not a million objects. */
  private static final class IntPairs {
    int[] a = new int[4];
    int[] b = new int[4];
    int size;

    void add(int x, int y) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
        b = Arrays.copyOf(b, size * 2);
      }
      a[size] = x;
      b[size] = y;
      size++;
    }
  }
}
