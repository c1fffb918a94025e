package gen.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds a {@link SearchIndex} from documents. Time and memory are linear in the text indexed: one
 * pass to count terms, one over the postings to encode them.
 *
 * <p>Each posting carries the term's count in the document (capped, title words counting {@value
 * TermCounts#TITLE_BOOST} times); the browser computes BM25 from it, the document's length (in the
 * manifest) and the number of postings. Nothing global (average length, document count) goes into
 * a shard, so a changed article changes only the shards of the terms whose counts changed.
 */
public final class SearchIndexBuilder {
  /** Aim for shards of about this many bytes: a query of three words loads well under 100 kB. */
  static final int TARGET_SHARD_BYTES = 24 * 1024;
  static final int MAX_SHARDS = 4096;

  private final List<SearchDocument> documents = new ArrayList<>();

  /** Adds a document; the order documents are added in does not matter. */
  public SearchIndexBuilder add(SearchDocument doc) {
    documents.add(doc);
    return this;
  }

  /**
   * The index of {@code docs}, patched from the previous build's when {@code history} allows (the
   * result is the same either way), written to {@code sink}; the new state goes to {@code history}.
   *
   * @return the index's version
   */
  public static String write(List<SearchDocument> docs, SearchHistory history, SearchIndex.FileSink sink)
      throws IOException {
    Optional<SearchIndex> patched = Optional.empty();
    Optional<SearchState> previous = history.previous();
    if (previous.isPresent()) patched = SearchUpdate.tryPatch(docs, previous.get(), history, sink);
    SearchIndex index = patched.isPresent() ? patched.get() : build(docs);
    String version = index.write(sink);
    history.remember(index.state());
    return version;
  }

  public SearchIndex build() {
    return build(documents);
  }

  static SearchIndex build(List<SearchDocument> documents) {
    int n = documents.size();
    int slots = DocSlots.slotsFor(n);
    List<String> paths = documents.stream().map(SearchDocument::path).toList();
    if (new HashSet<>(paths).size() != n) throw new IllegalArgumentException("two documents with one path");
    int[] slotOf = DocSlots.assign(paths, slots);
    SearchDocument[] bySlot = new SearchDocument[slots];
    for (int i = 0; i < n; i++) bySlot[slotOf[i]] = documents.get(i);

    TermTable table = new TermTable();
    IntPairs[] postings = new IntPairs[1024];
    int[] lengths = new int[slots];
    String[] docPrints = new String[slots];
    Map<String, SearchState.Doc> stateDocs = new HashMap<>(n * 2);
    for (int id = 0; id < slots; id++) {
      SearchDocument d = bySlot[id];
      if (d == null) continue;
      byte[] text = d.utf8();
      table.countDocument(d.title(), text, 0, text.length);
      int length = table.length();
      lengths[id] = length;
      docPrints[id] = SearchIndex.docPrint(d);
      if (table.size() > postings.length) postings = Arrays.copyOf(postings, Math.max(table.size(), postings.length * 2));
      for (int k = 0; k < table.touchedSize(); k++) {
        int term = table.touched(k);
        IntPairs p = postings[term];
        if (p == null) postings[term] = p = new IntPairs();
        p.add(id, TermCounts.capped(table.count(term)));
      }
      table.clearDocument();
      stateDocs.put(d.path(), new SearchState.Doc(
          d.path(), d.file(), d.title(), id, length, SearchIndex.textPrint(d.title(), d.bodyPrint()), docPrints[id]));
    }
    Map<String, String> encoded = new HashMap<>(table.size() * 2);
    long bytes = 0;
    for (int term = 0; term < table.size(); term++) {
      IntPairs p = postings[term];
      Postings out = new Postings();
      for (int i = 0; i < p.size; i++) out.add(p.a[i], p.b[i]);
      String text = out.text();
      String key = table.term(term);
      encoded.put(key, text);
      bytes += text.length() + key.length() + 4; // "term":"postings", as written
    }
    int shards = shardCount(bytes);
    List<Map<String, String>> byShard = new ArrayList<>(shards);
    for (int i = 0; i < shards; i++) byShard.add(new TreeMap<>());
    encoded.forEach((term, text) -> byShard.get(SearchIndex.shardOf(term, shards)).put(term, text));
    int[] shardBytes = new int[shards];
    for (int i = 0; i < shards; i++) shardBytes[i] = SearchIndex.bytesOf(byShard.get(i));
    return new SearchIndex(slots, bySlot, new boolean[SearchIndex.bundles(slots)], docPrints, lengths, byShard,
        shardBytes, new String[shards], stateDocs);
  }

  /** A power of two, so a shard's file name is stable while the archive grows slowly. */
  static int shardCount(long bytes) {
    long wanted = Math.max(1, (bytes + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES);
    int shards = 1;
    while (shards < wanted && shards < MAX_SHARDS) shards *= 2;
    return shards;
  }

  /** Growable pairs of ints, so a million postings are not a million objects. */
  static final class IntPairs {
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
