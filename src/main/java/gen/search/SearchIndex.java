package gen.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built search index, split for a browser that loads only what a query needs: a small manifest,
 * term shards chosen by a hash of the term (each a script that registers itself with
 * {@code window.__genSearch.shard(...)}), and one small script per document with what a result
 * shows. Plain {@code <script>} files rather than JSON for {@code fetch()}, which Chromium refuses
 * on {@code file://} pages.
 *
 * <p>Files, relative to the site root: {@code search/manifest.js}, {@code search/terms/<n>.js},
 * {@code search/docs/<id / 1000>/<id>.js}.
 */
public final class SearchIndex {
  public static final String FOLDER = "search/";
  /** Documents keep this much text for snippets; the index itself covers the whole text. */
  static final int SNIPPET_TEXT_LIMIT = 20_000;
  static final int FORMAT_VERSION = 1;

  private final List<SearchDocument> documents;
  private final List<Map<String, String>> shards;

  SearchIndex(List<SearchDocument> documents, List<Map<String, String>> shards) {
    this.documents = java.util.Collections.unmodifiableList(documents); // not copied: may make each on demand
    this.shards = List.copyOf(shards);
  }

  /** Where the page writes a file of the site. */
  @FunctionalInterface
  public interface FileSink {
    void file(String path, String content) throws IOException;
  }

  public int documentCount() {
    return documents.size();
  }

  public int shardCount() {
    return shards.size();
  }

  /** Terms and their encoded postings in one shard, in term order. */
  Map<String, String> shard(int n) {
    return shards.get(n);
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

  static String docPath(int id) {
    return FOLDER + "docs/" + (id / 1000) + "/" + id + ".js";
  }

  static String shardPath(int n) {
    return FOLDER + "terms/" + n + ".js";
  }

  /**
   * Writes every file of the index and returns its version: a hash of the shards' and documents'
   * content. Pages add it to the index's URLs ({@code ?v=...}) so that a browser never mixes files
   * of two builds from its cache; it changes only when the index does.
   */
  public String write(FileSink sink) throws IOException {
    MessageDigest digest = sha256();
    for (int n = 0; n < shards.size(); n++) {
      String content = ScriptJson.call("shard", n, shards.get(n));
      digest.update(content.getBytes(StandardCharsets.UTF_8));
      sink.file(shardPath(n), content);
    }
    for (int id = 0; id < documents.size(); id++) {
      SearchDocument d = documents.get(id);
      String text = d.text();
      if (text.length() > SNIPPET_TEXT_LIMIT) {
        int cut = SNIPPET_TEXT_LIMIT;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        text = text.substring(0, cut);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("title", d.title());
      doc.put("path", d.path());
      doc.put("date", d.date());
      doc.put("source", d.source());
      doc.put("text", text);
      String content = ScriptJson.call("doc", id, doc);
      digest.update(content.getBytes(StandardCharsets.UTF_8));
      sink.file(docPath(id), content);
    }
    String version = HexFormat.of().formatHex(digest.digest(), 0, 6);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", FORMAT_VERSION);
    manifest.put("build", version);
    manifest.put("docs", documents.size());
    manifest.put("shards", shards.size());
    sink.file(FOLDER + "manifest.js", ScriptJson.call("manifest", manifest));
    return version;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  /** Sizes of the files {@link #write} produces, in bytes of UTF-8, for reports and tests. */
  public Sizes sizes() throws IOException {
    List<Integer> shardBytes = new ArrayList<>();
    long[] totals = new long[3];
    write((path, content) -> {
      int bytes = content.getBytes(StandardCharsets.UTF_8).length;
      if (path.endsWith("manifest.js")) totals[0] += bytes;
      else if (path.startsWith(FOLDER + "terms/")) shardBytes.add(bytes);
      else totals[2] += bytes;
    });
    return new Sizes(totals[0], shardBytes, totals[2]);
  }

  /** Byte sizes of the manifest, of each term shard, and of all document files together. */
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
