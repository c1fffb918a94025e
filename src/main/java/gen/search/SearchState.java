package gen.search;

import gen.text.Utf8Fields;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a build remembers of the search index it wrote, so that the next one can patch it: each
 * document's slot, length and fingerprints, and each shard's size and fingerprint. Kept by the
 * site's build state beside the output; never part of the site.
 *
 * @param shardBytes the {@link SearchIndexBuilder#shardCount} measure of each shard
 * @param shardPrints the fingerprint of each shard file's content
 * @param docs by document path
 */
public record SearchState(int slots, int[] shardBytes, String[] shardPrints, Map<String, Doc> docs) {
  private static final String MAGIC = "gen-search-state " + SearchIndex.FORMAT_VERSION;

  /**
   * One indexed document.
   *
   * @param file the input file, where the next build finds the text this one indexed
   * @param title the title indexed
   * @param textPrint fingerprint of the title and text indexed
   * @param docPrint fingerprint of what the document's file shows
   */
  public record Doc(String path, String file, String title, int slot, int length, String textPrint, String docPrint) {}

  int shardCount() {
    return shardBytes.length;
  }

  long totalBytes() {
    long t = 0;
    for (int b : shardBytes) t += b;
    return t;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeUTF(MAGIC);
    out.writeInt(slots);
    out.writeInt(shardBytes.length);
    for (int i = 0; i < shardBytes.length; i++) {
      out.writeInt(shardBytes[i]);
      writeString(out, shardPrints[i]);
    }
    out.writeInt(docs.size());
    for (Doc d : docs.values().stream().sorted((a, b) -> a.path().compareTo(b.path())).toList()) {
      writeString(out, d.path());
      writeString(out, d.file());
      writeString(out, d.title());
      out.writeInt(d.slot());
      out.writeInt(d.length());
      writeString(out, d.textPrint());
      writeString(out, d.docPrint());
    }
  }

  /** The state written by {@link #write}; throws on anything else, damaged or from another format. */
  public static SearchState read(DataInputStream in) throws IOException {
    if (!MAGIC.equals(in.readUTF())) throw new IOException("not a search state of this format");
    int slots = in.readInt();
    int shards = in.readInt();
    if (slots < 1 || shards < 1 || shards > SearchIndexBuilder.MAX_SHARDS) throw new IOException("bad sizes");
    int[] bytes = new int[shards];
    String[] prints = new String[shards];
    for (int i = 0; i < shards; i++) {
      bytes[i] = in.readInt();
      prints[i] = readString(in);
    }
    int n = in.readInt();
    if (n < 0 || n > slots) throw new IOException("bad document count");
    Map<String, Doc> docs = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Doc d = new Doc(readString(in), readString(in), readString(in), in.readInt(), in.readInt(), readString(in), readString(in));
      if (d.slot() < 0 || d.slot() >= slots) throw new IOException("bad slot");
      docs.put(d.path(), d);
    }
    return new SearchState(slots, bytes, prints, docs);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    Utf8Fields.write(out, s);
  }

  private static String readString(DataInputStream in) throws IOException {
    return Utf8Fields.read(in, 1 << 20);
  }
}
