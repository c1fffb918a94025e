package gen.search;

import gen.text.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search index ready to write, split for a browser that loads only what a query needs: a small
 * manifest (document count, shard count and the length of each document, for BM25), term shards
 * chosen by a hash of the term (each a script that registers itself with
 * {@code window.__genSearch.shard(...)}), and bundles of documents with what a result shows, one
 * bundle for each {@value #BUNDLE_SLOTS} consecutive slots. Plain {@code <script>} files rather
 * than JSON for {@code fetch()}, which Chromium refuses on {@code file://} pages.
 *
 * <p>Files, relative to the site root: {@code search/manifest.js}, {@code search/terms/<n>.js},
 * {@code search/docs/<b / 1000>/<b>.js} for bundle {@code b = id / BUNDLE_SLOTS} (none for a
 * bundle of empty slots). Document ids are {@link DocSlots slots}, stable from build to build, so a
 * bundle holds the same documents from build to build; an index patched from the previous build's
 * knows which of its files are unchanged and keeps them instead of writing them.
 *
 * <p>Why bundles: creating a file costs more than writing its bytes (on ext4, about 100 µs of
 * kernel time), and one file per document was almost half the files of a site. A results page
 * shows ten documents from up to ten bundles, so a bundle is kept small: at the slot table's load
 * of a quarter to a half, a bundle of {@value #BUNDLE_SLOTS} slots holds 4 to 8 documents on
 * average (about 2.5 kB at 10,000 articles of about 500 bytes each).
 */
public final class SearchIndex {
  public static final String FOLDER = "search/";
  /**
   * Documents keep at most this much text for snippets (the index itself covers the whole text):
   * enough for the results page's snippet of 240 characters with some room to move it towards the
   * query's words. Most of a site's search bytes are these texts.
   */
  static final int SNIPPET_TEXT_LIMIT = 320;
  /** What a cut text ends with, so that a snippet running to its end says that the text goes on. */
  static final String CUT_MARK = " …";
  static final int FORMAT_VERSION = 4;
  /** Article pages are {@code articles/<slug>.html}: a document row holds the slug alone. */
  static final String ARTICLE_FOLDER = "articles/";
  static final String ARTICLE_SUFFIX = ".html";
  /** Consecutive slots whose documents share one file (a power of two; the manifest says it). */
  static final int BUNDLE_SLOTS = 16;

  private final int slots;
  private final SearchDocument[] docs;
  private final boolean[] bundleKept;
  private final String[] docPrints;
  private final int[] lengths;
  private final List<Map<String, String>> shards;
  private final int[] shardBytes;
  private final String[] shardPrints;
  private final Map<String, SearchState.Doc> stateDocs;

  /**
   * @param docs by slot, null where there is none
   * @param bundleKept by bundle, whether the previous build's file of the bundle is kept as it is
   * @param shards term -> postings, in term order; null for a shard kept from the previous build
   * @param shardPrints the previous build's fingerprint of each kept shard
   */
  SearchIndex(int slots, SearchDocument[] docs, boolean[] bundleKept, String[] docPrints, int[] lengths,
      List<Map<String, String>> shards, int[] shardBytes, String[] shardPrints, Map<String, SearchState.Doc> stateDocs) {
    this.slots = slots;
    this.docs = docs;
    this.bundleKept = bundleKept;
    this.docPrints = docPrints;
    this.lengths = lengths;
    this.shards = shards;
    this.shardBytes = shardBytes;
    this.shardPrints = shardPrints;
    this.stateDocs = stateDocs;
  }

  /** Where the index's files go: written, or kept as the previous build wrote them. */
  @FunctionalInterface
  public interface FileSink {
    void file(String path, String content) throws IOException;

    /** Whether {@link #keep} can keep the previous build's file at {@code path}. */
    default boolean canKeep(String path) throws IOException {
      return false;
    }

    default void keep(String path) throws IOException {
      throw new IOException(path + ": the previous build's file cannot be kept");
    }
  }

  public int documentCount() {
    return stateDocs.size();
  }

  public int shardCount() {
    return shards.size();
  }

  int slots() {
    return slots;
  }

  /** Terms and their encoded postings in one shard, in term order (null when kept). */
  Map<String, String> shard(int n) {
    return shards.get(n);
  }

  /** The slot (document id) of a document, by path. */
  int slotOf(String path) {
    SearchState.Doc d = stateDocs.get(path);
    if (d == null) throw new IllegalArgumentException(path + " is not indexed");
    return d.slot();
  }

  /**
   * The shard a term lives in: FNV-1a over the term's UTF-16 code units, modulo the shard count.
   * {@code assets/search.js} computes the same.
   */
  static int shardOf(String term, int shards) {
    int h = 0x811c9dc5;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x01000193;
    }
    return (int) (Integer.toUnsignedLong(h) % shards);
  }

  static int bundles(int slots) {
    return (slots + BUNDLE_SLOTS - 1) / BUNDLE_SLOTS;
  }

  static int bundleOf(int id) {
    return id / BUNDLE_SLOTS;
  }

  /** The file of bundle {@code b}; {@code assets/search.js} computes the same. */
  static String bundlePath(int b) {
    return FOLDER + "docs/" + (b / 1000) + "/" + b + ".js";
  }

  static String shardPath(int n) {
    return FOLDER + "terms/" + n + ".js";
  }

  static String shardContent(int n, Map<String, String> terms) {
    return ScriptJson.callWithStrings("shard", n, terms);
  }

  /** The {@link SearchIndexBuilder#shardCount} measure of a shard: its terms and postings as written. */
  static int bytesOf(Map<String, String> terms) {
    long bytes = 0;
    for (Map.Entry<String, String> e : terms.entrySet()) bytes += e.getValue().length() + e.getKey().length() + 4;
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  /**
   * The text a document's file keeps for snippets: all of it when short enough, else its start cut
   * after a word (within the last third of the limit; text without spaces, such as Chinese, is cut
   * anywhere but inside a surrogate pair) and ended with {@link #CUT_MARK}, at most {@link
   * #SNIPPET_TEXT_LIMIT} characters in all.
   */
  static String snippetText(String text) {
    if (text.length() <= SNIPPET_TEXT_LIMIT) return text;
    int limit = SNIPPET_TEXT_LIMIT - CUT_MARK.length();
    int cut = limit;
    while (cut > limit * 2 / 3 && !Character.isWhitespace(text.charAt(cut))) cut--;
    if (!Character.isWhitespace(text.charAt(cut))) {
      cut = limit;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
    }
    while (cut > 0 && Character.isWhitespace(text.charAt(cut - 1))) cut--;
    return text.substring(0, cut) + CUT_MARK;
  }

  /**
   * {@link #snippetText(String)} of a document's text, decoded from as much of its UTF-8 as the
   * snippet can show: one character takes at most three bytes, so a prefix of three bytes a
   * character past the limit, cut before a character, holds every character the cut looks at.
   */
  static String snippetText(SearchDocument d) {
    byte[] utf8 = d.utf8();
    int prefix = 3 * (SNIPPET_TEXT_LIMIT + 2);
    if (utf8.length <= prefix) return snippetText(new String(utf8, StandardCharsets.UTF_8));
    while (prefix > 0 && (utf8[prefix] & 0xC0) == 0x80) prefix--; // not inside a character
    String start = new String(utf8, 0, prefix, StandardCharsets.UTF_8);
    // More characters than the limit: cut as the whole text would be (never the case otherwise).
    return start.length() > SNIPPET_TEXT_LIMIT ? snippetText(start) : snippetText(d.text());
  }

  /**
   * A document's path as its row holds it: the slug alone for an article page ({@code
   * articles/<slug>.html}), any other path as it is, after {@code ./} when it has no {@code /}. So
   * a field with a {@code /} is a path and one without is a slug; {@code assets/search.js} reads it
   * back.
   */
  static String pathField(String path) {
    if (path.startsWith(ARTICLE_FOLDER) && path.endsWith(ARTICLE_SUFFIX)
        && path.length() > ARTICLE_FOLDER.length() + ARTICLE_SUFFIX.length()) {
      String slug = path.substring(ARTICLE_FOLDER.length(), path.length() - ARTICLE_SUFFIX.length());
      if (slug.indexOf('/') < 0) return slug;
    }
    return path.indexOf('/') < 0 ? "./" + path : path;
  }

  /** Fingerprint of everything a bundle shows of a document: equal prints, equal entries (at one id). */
  static String docPrint(SearchDocument d) {
    // The whole text's print stands for the snippet made of it: a change past the snippet rewrites
    // a bundle that did not need it, but the text is not read to tell.
    return new Fingerprint().add(d.title()).add(d.path()).add(d.date()).add(d.source()).add(d.bodyPrint()).hex();
  }

  /** Fingerprint of what is indexed of a document: its title and its whole text (by its print). */
  static String textPrint(String title, String bodyPrint) {
    return new Fingerprint().add(title).add(bodyPrint).hex();
  }

  /**
   * The file of bundle {@code b}: its documents by id, in id order, each a row {@code [title,
   * path field, date, source, snippet text]} (an array rather than an object, whose keys would be
   * repeated in every document).
   */
  private String bundleContent(int b) {
    Map<String, List<String>> bundle = new LinkedHashMap<>();
    int end = Math.min(slots, (b + 1) * BUNDLE_SLOTS);
    for (int id = b * BUNDLE_SLOTS; id < end; id++) {
      SearchDocument d = docs[id];
      if (d == null) continue;
      bundle.put(Integer.toString(id), List.of(d.title(), pathField(d.path()), d.date(), d.source(), snippetText(d)));
    }
    return bundle.isEmpty() ? "" : ScriptJson.callWithRows("docs", b, bundle);
  }

  /**
   * A document's length in index terms, as two base-36 digits: 1 + 100 ln(length), so about 1 %
   * precision over any length a text can have; {@code assets/search.js} decodes it.
   */
  static String lengthCode(int length) {
    int code = (int) Math.min(36 * 36 - 1, 1 + Math.round(100 * Math.log(Math.max(1, length))));
    String s = Integer.toString(code, 36);
    return s.length() == 1 ? "0" + s : s;
  }

  /**
   * Writes (or keeps) every file of the index and returns its version: a fingerprint of the
   * shards' and documents' content. Pages add it to the index's URLs ({@code ?v=...}) so that a
   * browser never mixes files of two builds from its cache; it changes only when the index does.
   */
  public String write(FileSink sink) throws IOException {
    Fingerprint version = new Fingerprint().add(FORMAT_VERSION).add(slots).add(shards.size());
    for (int n = 0; n < shards.size(); n++) {
      Map<String, String> terms = shards.get(n);
      if (terms == null) {
        sink.keep(shardPath(n));
      } else {
        String content = shardContent(n, terms);
        shardPrints[n] = new Fingerprint().add(content).hex();
        sink.file(shardPath(n), content);
      }
      version.add(shardPrints[n]);
    }
    StringBuilder lengthCodes = new StringBuilder();
    for (int id = 0; id < slots; id++) {
      SearchDocument d = docs[id];
      if (d == null) {
        lengthCodes.append('.');
        version.add(0);
        continue;
      }
      lengthCodes.append(lengthCode(lengths[id]));
      version.add(1).add(docPrints[id]).add(lengths[id]);
    }
    for (int b = 0; b < bundles(slots); b++) {
      if (bundleKept[b]) {
        sink.keep(bundlePath(b));
        continue;
      }
      String content = bundleContent(b);
      if (!content.isEmpty()) sink.file(bundlePath(b), content);
    }
    String build = version.hex().substring(0, 12);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", FORMAT_VERSION);
    manifest.put("build", build);
    manifest.put("docs", stateDocs.size());
    manifest.put("slots", slots);
    manifest.put("bundle", BUNDLE_SLOTS);
    manifest.put("shards", shards.size());
    manifest.put("lengths", lengthCodes.toString());
    sink.file(FOLDER + "manifest.js", ScriptJson.call("manifest", manifest));
    return build;
  }

  /** What the next build needs to patch this index; complete once {@link #write} has run. */
  public SearchState state() {
    return new SearchState(slots, shardBytes.clone(), shardPrints.clone(), stateDocs);
  }

  /** Sizes of the files {@link #write} produces, in bytes of UTF-8, for reports and tests. */
  public Sizes sizes() throws IOException {
    List<Integer> shardBytesOut = new ArrayList<>();
    long[] totals = new long[3];
    write((path, content) -> {
      int bytes = content.getBytes(StandardCharsets.UTF_8).length;
      if (path.endsWith("manifest.js")) totals[0] += bytes;
      else if (path.startsWith(FOLDER + "terms/")) shardBytesOut.add(bytes);
      else totals[2] += bytes;
    });
    return new Sizes(totals[0], shardBytesOut, totals[2]);
  }

  /** Byte sizes of the manifest, of each term shard, and of all document bundles together. */
  public record Sizes(long manifest, List<Integer> shards, long documents) {
    public long termsTotal() {
      return shards.stream().mapToLong(Integer::longValue).sum();
    }

    public int shardMedian() {
      List<Integer> s = shards.stream().sorted().toList();
      return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    public int shardMax() {
      return shards.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }
}
