package gen.search;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Patches the previous build's search index instead of building it whole: only documents that are
 * new, changed, gone or moved to another slot are tokenized (the old version of a changed one from
 * the text the previous build read); only the shards holding the terms whose postings change (for
 * an article changed in place, the terms whose count in it changed) are read back from the site,
 * patched and rewritten; every other shard, and every bundle of documents none of which changed, is
 * kept. The result is exactly what {@link SearchIndexBuilder#build} makes of the same documents:
 * postings are a function of the set of (term, slot, count), slots of the set of paths, bundles of
 * the documents at their slots. Anything unexpected (another slot table or shard count, a file that
 * is not as written, an old text not at hand) gives up, and the index is built whole.
 */
final class SearchUpdate {
  private static final Gson GSON = new Gson();

  private SearchUpdate() {}

  /** A posting to add: the document's slot and its capped count. */
  private record Add(int slot, int count) {}

  static Optional<SearchIndex> tryPatch(
      List<SearchDocument> docs, SearchState previous, SearchHistory history, SearchIndex.FileSink sink)
      throws IOException {
    int n = docs.size();
    int slots = DocSlots.slotsFor(n);
    int shards = previous.shardCount();
    if (slots != previous.slots()) return Optional.empty();
    List<String> paths = docs.stream().map(SearchDocument::path).toList();
    if (new HashSet<>(paths).size() != n) throw new IllegalArgumentException("two documents with one path");
    int[] slotOf = DocSlots.assign(paths, slots);

    SearchDocument[] bySlot = new SearchDocument[slots];
    String[] docPrints = new String[slots];
    int[] lengths = new int[slots];
    Map<String, SearchState.Doc> stateDocs = new HashMap<>(n * 2);
    Map<String, Set<Integer>> removals = new HashMap<>();
    Map<String, List<Add>> additions = new HashMap<>();
    Map<String, SearchDocument> current = new HashMap<>(n * 2);

    for (int i = 0; i < n; i++) {
      SearchDocument d = docs.get(i);
      current.put(d.path(), d);
      int slot = slotOf[i];
      bySlot[slot] = d;
      String textPrint = SearchIndex.textPrint(d.title(), d.bodyPrint());
      String docPrint = SearchIndex.docPrint(d);
      docPrints[slot] = docPrint;
      SearchState.Doc old = previous.docs().get(d.path());
      int length;
      if (old != null && old.slot() == slot && old.textPrint().equals(textPrint)) {
        length = old.length();
      } else {
        TermCounts tc = TermCounts.of(d.title(), d.text());
        length = tc.length();
        Map<String, int[]> before = Map.of();
        if (old != null && old.slot() == slot) {
          // Changed in place: only the terms whose count changed are touched, not all of its terms.
          Optional<TermCounts> was = previousCounts(old, history);
          if (was.isEmpty()) return Optional.empty();
          before = was.get().counts();
          for (Map.Entry<String, int[]> e : before.entrySet()) {
            int[] now = tc.counts().get(e.getKey());
            if (now == null || TermCounts.capped(now[0]) != TermCounts.capped(e.getValue()[0])) {
              removals.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(slot);
            }
          }
        }
        for (Map.Entry<String, int[]> e : tc.counts().entrySet()) {
          int[] was = before.get(e.getKey());
          int count = TermCounts.capped(e.getValue()[0]);
          if (was != null && TermCounts.capped(was[0]) == count) continue;
          additions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Add(slot, count));
        }
      }
      lengths[slot] = length;
      stateDocs.put(d.path(), new SearchState.Doc(d.path(), d.file(), d.title(), slot, length, textPrint, docPrint));
    }
    for (SearchState.Doc old : previous.docs().values()) {
      SearchState.Doc now = stateDocs.get(old.path());
      if (now != null && now.slot() == old.slot()) continue; // unchanged, or changed in place (above)
      Optional<TermCounts> was = previousCounts(old, history);
      if (was.isEmpty()) return Optional.empty();
      for (String term : was.get().counts().keySet()) {
        removals.computeIfAbsent(term, k -> new HashSet<>()).add(old.slot());
      }
    }

    boolean[] bundleKept = keptBundles(previous, slots, docPrints, sink);

    // The shards to patch, each with the terms to change in it.
    Map<Integer, Set<String>> touched = new TreeMap<>();
    for (String term : removals.keySet()) touched.computeIfAbsent(SearchIndex.shardOf(term, shards), k -> new TreeSet<>()).add(term);
    for (String term : additions.keySet()) touched.computeIfAbsent(SearchIndex.shardOf(term, shards), k -> new TreeSet<>()).add(term);
    List<Map<String, String>> byShard = new ArrayList<>(shards);
    int[] shardBytes = previous.shardBytes().clone();
    String[] shardPrints = previous.shardPrints().clone();
    for (int s = 0; s < shards; s++) {
      Set<String> terms = touched.get(s);
      if (terms == null) {
        if (!sink.canKeep(SearchIndex.shardPath(s))) return Optional.empty();
        byShard.add(null);
        continue;
      }
      Optional<Map<String, String>> old = readShard(history, s);
      if (old.isEmpty()) return Optional.empty();
      Map<String, String> patched = old.get();
      for (String term : terms) {
        String updated = patch(patched.get(term), removals.getOrDefault(term, Set.of()), additions.getOrDefault(term, List.of()));
        if (updated.isEmpty()) patched.remove(term);
        else patched.put(term, updated);
      }
      byShard.add(patched);
      shardBytes[s] = SearchIndex.bytesOf(patched);
    }
    long total = 0;
    for (int b : shardBytes) total += b;
    // Grown or shrunk past a power of two: every term moves, so the index is built whole.
    if (SearchIndexBuilder.shardCount(total) != shards) return Optional.empty();
    return Optional.of(new SearchIndex(
        slots, bySlot, bundleKept, docPrints, lengths, byShard, shardBytes, shardPrints, stateDocs));
  }

  /**
   * The bundles whose every slot shows what it showed in the previous build (the same document,
   * unchanged, or none), and so whose previous file is kept: only the bundles of documents added,
   * changed, removed or moved to another slot are written.
   */
  private static boolean[] keptBundles(SearchState previous, int slots, String[] docPrints, SearchIndex.FileSink sink)
      throws IOException {
    String[] before = new String[slots];
    for (SearchState.Doc old : previous.docs().values()) before[old.slot()] = old.docPrint();
    boolean[] kept = new boolean[SearchIndex.bundles(slots)];
    for (int b = 0; b < kept.length; b++) {
      boolean same = true;
      boolean any = false;
      int end = Math.min(slots, (b + 1) * SearchIndex.BUNDLE_SLOTS);
      for (int id = b * SearchIndex.BUNDLE_SLOTS; id < end && same; id++) {
        same = Objects.equals(before[id], docPrints[id]);
        any |= docPrints[id] != null;
      }
      kept[b] = same && any && sink.canKeep(SearchIndex.bundlePath(b));
    }
    return kept;
  }

  /** The term counts the previous build indexed for {@code old}, if its text is at hand and is the one indexed. */
  private static Optional<TermCounts> previousCounts(SearchState.Doc old, SearchHistory history) {
    Optional<String> text = history.previousText(old.file());
    if (text.isEmpty()
        || !SearchIndex.textPrint(old.title(), SearchDocument.printOf(text.get())).equals(old.textPrint())) {
      return Optional.empty();
    }
    return Optional.of(TermCounts.of(old.title(), text.get()));
  }

  /** A term's postings without the documents in {@code gone}, with {@code added}, in slot order. */
  private static String patch(String old, Set<Integer> gone, List<Add> added) {
    TreeMap<Integer, Integer> bySlot = new TreeMap<>();
    if (old != null) {
      for (int[] p : Postings.decode(old)) {
        if (!gone.contains(p[0])) bySlot.put(p[0], p[1]);
      }
    }
    for (Add a : added) bySlot.put(a.slot(), a.count());
    Postings out = new Postings();
    bySlot.forEach(out::add);
    return out.text();
  }

  /** The previous build's shard {@code n}, as term -> postings in term order, if it is as written. */
  private static Optional<Map<String, String>> readShard(SearchHistory history, int n) throws IOException {
    Optional<String> content = history.previousFile(SearchIndex.shardPath(n));
    if (content.isEmpty()) return Optional.empty();
    String c = content.get();
    String prefix = "window.__genSearch.shard(" + n + ",";
    if (!c.startsWith(prefix) || !c.endsWith(");\n")) return Optional.empty();
    try {
      Map<String, String> terms =
          GSON.fromJson(c.substring(prefix.length(), c.length() - 3), new TypeToken<Map<String, String>>() {}.getType());
      if (terms == null) return Optional.empty();
      TreeMap<String, String> sorted = new TreeMap<>(terms);
      // Written from exactly this map: anything else is not the file gen wrote.
      if (!SearchIndex.shardContent(n, sorted).equals(c)) return Optional.empty();
      return Optional.of(sorted);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
