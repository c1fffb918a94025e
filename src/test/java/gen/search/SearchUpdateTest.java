package gen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A patched index must be exactly the index built whole from the same documents, and must keep
 * (not rewrite) the files it did not change. Random sequences of adds, changes, renames and
 * deletes over a few hundred documents, each patched from the previous step's site and state.
 */
class SearchUpdateTest {
  private static final String[] WORDS = ("harbour council trade minister talks city report water energy agreed new said "
      + "week regional plan rain election border court vote budget school strike fire river bridge").split(" ");

  /** The previous build's site and what the patch did to it. */
  private static final class Site implements SearchHistory, SearchIndex.FileSink {
    Map<String, String> files = new TreeMap<>();
    Map<String, String> texts = new HashMap<>();
    Optional<SearchState> state = Optional.empty();
    Map<String, String> next = new TreeMap<>();
    /** The paths handed to {@link #file} in the last build. */
    List<String> writtenPaths = new ArrayList<>();
    int written;
    int kept;

    @Override
    public Optional<SearchState> previous() {
      return state;
    }

    @Override
    public Optional<String> previousText(String file) {
      return Optional.ofNullable(texts.get(file));
    }

    @Override
    public Optional<String> previousFile(String path) {
      return Optional.ofNullable(files.get(path));
    }

    @Override
    public void remember(SearchState s) {
      state = Optional.of(s);
    }

    @Override
    public void file(String path, String content) {
      next.put(path, content);
      writtenPaths.add(path);
      written++;
    }

    @Override
    public boolean canKeep(String path) {
      return files.containsKey(path);
    }

    @Override
    public void keep(String path) throws IOException {
      if (!files.containsKey(path)) throw new IOException(path);
      next.put(path, files.get(path));
      kept++;
    }

    /** Builds (patching when it can) and makes the result the previous build. */
    String build(List<SearchDocument> docs) throws IOException {
      next = new TreeMap<>();
      writtenPaths = new ArrayList<>();
      written = 0;
      kept = 0;
      String version = SearchIndexBuilder.write(docs, this, this);
      files = next;
      texts = new HashMap<>();
      for (SearchDocument d : docs) texts.put(d.file(), d.text());
      return version;
    }
  }

  private static String text(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? ". " : " ");
    return sb.toString();
  }

  private static SearchDocument doc(Random r, int n) {
    return new SearchDocument("Title " + text(r, 3), "articles/a" + n + ".html", "1 May 2024", "", text(r, 40 + r.nextInt(80)),
        "in/a" + n + ".txt");
  }

  @Test
  void patched_indexes_equal_clean_builds_through_random_edits() throws IOException {
    for (long seed = 1; seed <= 4; seed++) {
      Random r = new Random(seed);
      List<SearchDocument> docs = new ArrayList<>();
      for (int i = 0; i < 300; i++) docs.add(doc(r, i));
      Site site = new Site();
      site.build(docs);
      for (int step = 0; step < 25; step++) {
        String what;
        int k = r.nextInt(docs.size());
        SearchDocument d = docs.get(k);
        switch (r.nextInt(5)) {
          case 0 -> {
            docs.add(doc(r, 1000 + step));
            what = "add";
          }
          case 1 -> {
            docs.set(k, new SearchDocument(d.title(), d.path(), d.date(), d.source(), d.text() + " " + text(r, 8), d.file()));
            what = "append to " + d.path();
          }
          case 2 -> {
            docs.set(k, new SearchDocument("Other " + d.title(), d.path(), d.date(), d.source(), d.text(), d.file()));
            what = "retitle " + d.path();
          }
          case 3 -> {
            docs.set(k, new SearchDocument(d.title(), "articles/moved" + step + ".html", d.date(), d.source(), d.text(),
                "in/moved" + step + ".txt"));
            what = "rename " + d.path();
          }
          default -> {
            docs.remove(k);
            what = "delete " + d.path();
          }
        }
        Map<String, String> before = site.files;
        String version = site.build(docs);
        Map<String, String> clean = new TreeMap<>();
        String cleanVersion = SearchIndexBuilder.build(docs).write(clean::put);
        assertEquals(cleanVersion, version, "seed " + seed + " step " + step + ": " + what);
        assertEquals(clean, site.files, "seed " + seed + " step " + step + ": " + what);
        // Bundles: those whose content changed (or that are new) are written, the rest kept, but for
        // the bundle of a document whose text changed only past its snippet: the text is not read
        // to tell, so that bundle is written again, the same.
        Set<String> changedBundles = new TreeSet<>();
        for (Map.Entry<String, String> e : clean.entrySet()) {
          if (e.getKey().startsWith("search/docs/") && !e.getValue().equals(before.get(e.getKey()))) changedBundles.add(e.getKey());
        }
        Set<String> writtenBundles = new TreeSet<>();
        for (String path : site.writtenPaths) if (path.startsWith("search/docs/")) writtenBundles.add(path);
        if (what.startsWith("append")) {
          assertTrue(writtenBundles.containsAll(changedBundles) && writtenBundles.size() == 1,
              "seed " + seed + " step " + step + ": " + what + ": " + writtenBundles);
        } else {
          assertEquals(changedBundles, writtenBundles, "seed " + seed + " step " + step + ": " + what);
        }
        assertTrue(writtenBundles.size() <= 3,
            "an edit changes the bundles of the few documents it adds, removes or moves: " + writtenBundles + " (" + what + ")");
      }
    }
  }

  @Test
  void one_changed_document_rewrites_its_file_the_shards_of_its_changed_terms_and_the_manifest() throws IOException {
    Random r = new Random(11);
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) docs.add(doc(r, i));
    Site site = new Site();
    site.build(docs);
    int files = site.files.size();
    assertTrue(site.state.orElseThrow().shardCount() >= 8, "shards: " + site.state.get().shardCount());

    site.build(docs);
    assertEquals(1, site.written, "nothing changed: only the manifest is handed over (and found unchanged)");
    assertEquals(files - 1, site.kept);

    SearchDocument d = docs.get(500);
    docs.set(500, new SearchDocument(d.title(), d.path(), d.date(), d.source(), "Officials corrected it. " + d.text(), d.file()));
    site.build(docs);
    // The document's bundle, the manifest (its length), and the shards of "officials", "corrected", "it".
    assertTrue(site.written >= 2 && site.written <= 5, "written: " + site.written);
    String bundle = SearchIndex.bundlePath(SearchIndex.bundleOf(site.state.get().docs().get(d.path()).slot()));
    assertEquals(1, site.writtenPaths.stream().filter(p -> p.startsWith("search/docs/")).count(), "written: " + site.writtenPaths);
    assertTrue(site.writtenPaths.contains(bundle), "written: " + site.writtenPaths);
  }
}
