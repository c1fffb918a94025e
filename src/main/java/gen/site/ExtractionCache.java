package gen.site;

import gen.model.Article;
import gen.model.Metadata;
import gen.model.SourceFile;
import gen.text.Fingerprint;
import gen.text.Utf8Fields;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extracted articles of the previous build, so that the next one reads and extracts only the
 * files that changed. An entry is used only when it was made by the same gen code ({@code
 * codeVersion}) and the file is the same: like make and git, a file whose relative path, size,
 * modification time, status-change time and inode all match is taken to be unchanged without
 * being read (a rewrite changes the status-change time, which no tool can set back); when any of
 * them differs, or the entry was recorded within {@link #RACY_NANOS} of the file's last change
 * (a later write in the same clock tick would leave the times as they were), the file is read
 * and its 128-bit {@link Fingerprint} compared (not a cryptographic hash: nothing here needs one, and
 * SHA-256 cost 4 % of a first build's CPU under C1, which has no SHA intrinsic). On a file system
 * without those times every file is hashed. Kept in {@value #SHARDS} shard files, so that
 * one changed article rewrites one small file. A damaged or unreadable shard is an empty one: the
 * cache can only cost time, never change a site. Thread-safe for {@link #lookup} and {@link #put}.
 */
final class ExtractionCache {
  static final int SHARDS = 64;
  private static final String MAGIC = "gen-extraction-cache 10";
  /** An entry recorded this soon after the file last changed is checked by its hash next time. */
  static final long RACY_NANOS = 2_000_000_000L;
  private static final int MAX_FIELD_BYTES = 64 * 1024 * 1024;

  /**
   * One cached extraction and the file facts it is valid for.
   *
   * @param stat the file's status-change time and inode, or null when the file system has none
   * @param racy whether the entry was recorded so soon after the file changed that its times
   *     cannot vouch for it
   */
  record Entry(String relative, long size, long modifiedSeconds, int modifiedNanos, Stat stat, boolean racy,
      byte[] digest, Article article) {}

  /** What {@code stat(2)} says beyond size and modification time: they change with every write. */
  record Stat(long changedNanos, long inode) {
    static Optional<Stat> of(Path file) {
      try {
        Map<String, Object> a = Files.readAttributes(file, "unix:ctime,ino");
        Object ctime = a.get("ctime");
        Object ino = a.get("ino");
        if (ctime instanceof java.nio.file.attribute.FileTime t && ino instanceof Long n) {
          return Optional.of(new Stat(t.to(java.util.concurrent.TimeUnit.NANOSECONDS), n));
        }
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // No unix view here (or the file is gone): hash instead.
      }
      return Optional.empty();
    }
  }

  private final Path folder;
  private final String codeVersion;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  private final boolean[] dirty = new boolean[SHARDS];

  private final java.time.Clock clock;

  private ExtractionCache(Path folder, String codeVersion, Map<String, Entry> previous, java.time.Clock clock) {
    this.folder = folder;
    this.clock = clock;
    this.codeVersion = codeVersion;
    this.previous = previous;
  }

  /** A cache that remembers nothing and saves nothing: for builds without an output folder's state. */
  static ExtractionCache none() {
    return new ExtractionCache(null, "", Map.of(), java.time.Clock.systemUTC());
  }

  /** Loads the cache kept in {@code folder}; entries made by other code are dropped. */
  static ExtractionCache load(Path folder, String codeVersion) {
    return load(folder, codeVersion, java.time.Clock.systemUTC());
  }

  /** As {@link #load(Path, String)}; {@code clock} tells when entries are recorded (for tests). */
  static ExtractionCache load(Path folder, String codeVersion, java.time.Clock clock) {
    Map<String, Entry> entries = new ConcurrentHashMap<>();
    List<Integer> shards = new ArrayList<>();
    for (int i = 0; i < SHARDS; i++) shards.add(i);
    shards.parallelStream().forEach(i -> {
      Path file = folder.resolve(shardName(i));
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return;
      try {
        for (Entry e : readShard(Files.readAllBytes(file), codeVersion)) entries.put(e.relative(), e);
      } catch (IOException | RuntimeException e) {
        // A damaged shard: its articles are extracted again and the shard rewritten.
      }
    });
    return new ExtractionCache(folder, codeVersion, entries, clock);
  }

  /**
   * A shard file: a header, the entries without their bodies (compressed together, {@link
   * BlockCodec}), then each entry's bodies compressed on their own, so that a build reads the
   * bodies of only the articles it renders again; one checksum covers both. The whole file stays
   * in memory as it was read, the bodies still compressed: under a third of their size in memory,
   * and nothing for the collector to copy but one array.
   */
  private static List<Entry> readShard(byte[] file, String codeVersion) throws IOException {
    DataInputStream head = new DataInputStream(new java.io.ByteArrayInputStream(file));
    if (!MAGIC.equals(head.readUTF()) || !codeVersion.equals(head.readUTF())) return List.of();
    int n = head.readInt();
    int metaLength = head.readInt();
    int blobsLength = head.readInt();
    int crcOfRest = head.readInt();
    int metaStart = file.length - head.available();
    int blobsStart = metaStart + metaLength;
    if (metaLength < 0 || blobsLength < 0 || (long) blobsStart + blobsLength != file.length) {
      throw new java.io.EOFException("bad lengths");
    }
    // Checked once here, so that a body read later cannot turn out damaged mid-build.
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(file, metaStart, metaLength + blobsLength);
    if ((int) crc.getValue() != crcOfRest) throw new IOException("damaged shard");
    BinaryReader in = new BinaryReader(BlockCodec.decompress(file, metaStart, metaLength));
    List<Entry> read = new ArrayList<>(n);
    for (int k = 0; k < n; k++) read.add(readEntry(in, file, blobsStart, blobsLength));
    return read;
  }

  /**
   * The article extracted from this file before, if its bytes are the same; records the entry for
   * this build.
   */
  Optional<Article> lookup(SourceFile file) {
    Entry e = previous.get(file.relative());
    if (e == null
        || e.size() != file.size()
        || e.modifiedSeconds() != file.modified().getEpochSecond()
        || e.modifiedNanos() != file.modified().getNano()) {
      return Optional.empty();
    }
    Stat stat = Stat.of(file.path()).orElse(null);
    boolean verified = false;
    if (e.racy() || stat == null || !stat.equals(e.stat())) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file.path());
      } catch (IOException ex) {
        return Optional.empty();
      }
      if (!Arrays.equals(e.digest(), digest(bytes))) return Optional.empty();
      verified = true;
    }
    Article here = e.article().withFile(file);
    boolean racy = stat == null || isRacy(stat);
    current.put(file.relative(), new Entry(
        e.relative(), e.size(), e.modifiedSeconds(), e.modifiedNanos(), stat, racy, e.digest(), here));
    // New times or inode (a touch, a copy back), or no longer racy: the entry is rewritten.
    if (verified || racy != e.racy()) dirty[shardOf(file.relative())] = true;
    return Optional.of(here);
  }

  /** Whether this cache keeps anything: when not, {@link #put} needs no digest. */
  boolean enabled() {
    return folder != null;
  }

  /** What {@link #put} needs to know of {@code file} before it is read (nothing when the cache is off). */
  Optional<Stat> statBeforeReading(SourceFile file) {
    return folder == null ? Optional.empty() : Stat.of(file.path());
  }

  /**
   * Remembers a fresh extraction of {@code file}: {@code stat} taken before the file was read,
   * {@code digest} of the bytes read ({@link #digest}).
   */
  void put(SourceFile file, Optional<Stat> stat, byte[] digest, Article article) {
    if (folder == null) return;
    Stat s = stat.orElse(null);
    // The file may have changed since it was read: then its entry will not match next time.
    current.put(file.relative(), new Entry(file.relative(), file.size(), file.modified().getEpochSecond(),
        file.modified().getNano(), s, s == null || isRacy(s), digest, article));
    dirty[shardOf(file.relative())] = true;
  }

  /** Whether a file changed so recently that a write in the same clock tick could still follow unseen. */
  private boolean isRacy(Stat stat) {
    java.time.Instant instant = clock.instant();
    long now = instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    return stat.changedNanos() > now - RACY_NANOS;
  }

  /** Writes the shards whose entries changed (new, changed or deleted articles); the others stay. */
  void save() throws IOException {
    prepare(true).publish();
  }

  /**
   * Writes the shards whose entries changed into temporary files beside them, to be put in place
   * by {@link Prepared#publish} (or deleted by {@link Prepared#discard}): a build encodes them
   * while it renders, and publishes them only once its site is committed, so that a failed build
   * leaves the previous build's cache with the previous site. Call once every article is looked up
   * or put; the previous shards stay readable until they are published over.
   *
   * @param parallel whether to encode the shards on every core, or on this thread only (beside
   *     other work)
   */
  Prepared prepare(boolean parallel) throws IOException {
    if (folder == null) return new Prepared(List.of(), List.of());
    for (String gone : previous.keySet()) {
      if (!current.containsKey(gone)) dirty[shardOf(gone)] = true;
    }
    List<List<Entry>> byShard = new ArrayList<>();
    for (int i = 0; i < SHARDS; i++) byShard.add(new ArrayList<>());
    for (Entry e : current.values()) byShard.get(shardOf(e.relative())).add(e);
    Files.createDirectories(folder);
    List<Integer> toWrite = new ArrayList<>();
    List<Integer> toDelete = new ArrayList<>();
    for (int i = 0; i < SHARDS; i++) {
      boolean missing = !Files.exists(folder.resolve(shardName(i))) && !byShard.get(i).isEmpty();
      if (!dirty[i] && !missing) continue;
      (byShard.get(i).isEmpty() ? toDelete : toWrite).add(i);
    }
    List<IOException> failures = new ArrayList<>();
    (parallel ? toWrite.parallelStream() : toWrite.stream()).forEach(i -> {
      try {
        encodeShard(i, byShard.get(i));
      } catch (IOException e) {
        synchronized (failures) {
          failures.add(e);
        }
      }
    });
    Prepared prepared = new Prepared(toWrite, toDelete);
    if (!failures.isEmpty()) {
      prepared.discard();
      throw failures.get(0);
    }
    return prepared;
  }

  /** Shards encoded by {@link #prepare}, not yet in place. */
  final class Prepared {
    private final List<Integer> written;
    private final List<Integer> emptied;

    private Prepared(List<Integer> written, List<Integer> emptied) {
      this.written = written;
      this.emptied = emptied;
    }

    /** Puts the encoded shards in place of the previous ones, and deletes the shards left empty. */
    void publish() throws IOException {
      try {
        for (int shard : written) {
          Files.move(temporary(shard), folder.resolve(shardName(shard)),
              StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (int shard : emptied) Files.deleteIfExists(folder.resolve(shardName(shard)));
      } catch (IOException e) {
        discard(); // the shards not yet in place: no temporary file stays behind
        throw e;
      }
    }

    /** Deletes the encoded shards: the previous ones stay as they were. */
    void discard() {
      for (int shard : written) {
        try {
          Files.deleteIfExists(temporary(shard));
        } catch (IOException e) {
          // A stray temporary file: the next build's encoding of that shard writes over it.
        }
      }
    }
  }

  private Path temporary(int shard) {
    return folder.resolve(shardName(shard) + ".tmp");
  }

  private void encodeShard(int shard, Collection<Entry> entries) throws IOException {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> a.relative().compareTo(b.relative()));
    // Bodies first, so that each entry can say where its own are.
    java.io.ByteArrayOutputStream blobs = new java.io.ByteArrayOutputStream();
    int[] offsets = new int[sorted.size()];
    int[] lengths = new int[sorted.size()];
    for (int k = 0; k < sorted.size(); k++) {
      offsets[k] = blobs.size();
      Article a = sorted.get(k).article();
      if (a.storedBodies().orElse(null) instanceof ShardBodies kept) {
        kept.copyTo(blobs); // unchanged: copied as it was stored, not compressed again
      } else {
        compressBodies(a, blobs);
      }
      lengths[k] = blobs.size() - offsets[k];
    }
    java.io.ByteArrayOutputStream rawMeta = new java.io.ByteArrayOutputStream(sorted.size() * 512);
    try (DataOutputStream out = new DataOutputStream(rawMeta)) {
      for (int k = 0; k < sorted.size(); k++) writeEntry(out, sorted.get(k), offsets[k], lengths[k]);
    }
    java.io.ByteArrayOutputStream meta = new java.io.ByteArrayOutputStream();
    BlockCodec.compress(rawMeta.toByteArray(), 0, rawMeta.size(), meta);
    byte[] blobBytes = blobs.toByteArray();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(meta.toByteArray());
    crc.update(blobBytes);
    Path tmp = temporary(shard);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(codeVersion);
      out.writeInt(sorted.size());
      out.writeInt(meta.size());
      out.writeInt(blobBytes.length);
      out.writeInt((int) crc.getValue());
      meta.writeTo(out);
      out.write(blobBytes);
    }
  }

  /**
   * Both bodies, compressed as one block: the HTML's length, the HTML, the text (which repeats much
   * of it); the HTML alone when the text is its paragraphs ({@link Article#isTextOfHtml}).
   */
  private static void compressBodies(Article a, java.io.ByteArrayOutputStream to) {
    java.nio.ByteBuffer html = a.bodyHtmlUtf8();
    java.nio.ByteBuffer text = a.isTextOfHtml() ? java.nio.ByteBuffer.allocate(0) : a.bodyTextUtf8();
    java.nio.ByteBuffer raw = java.nio.ByteBuffer.allocate(4 + html.remaining() + text.remaining());
    raw.putInt(html.remaining()).put(html.duplicate()).put(text.duplicate());
    BlockCodec.compress(raw.array(), 0, raw.capacity(), to);
  }

  private static void writeEntry(DataOutputStream out, Entry e, int blobOffset, int blobLength) throws IOException {
    writeString(out, e.relative());
    out.writeLong(e.size());
    out.writeLong(e.modifiedSeconds());
    out.writeInt(e.modifiedNanos());
    out.writeBoolean(e.stat() != null);
    if (e.stat() != null) {
      out.writeLong(e.stat().changedNanos());
      out.writeLong(e.stat().inode());
    }
    out.writeBoolean(e.racy());
    out.write(e.digest());
    Article a = e.article();
    writeString(out, a.slug());
    MetadataCodec.write(out, a.meta());
    out.write(a.metaPrint());
    out.write(a.bodyHtmlPrint());
    out.write(a.bodyTextPrint());
    out.writeBoolean(a.bodyHtmlHasAttributeValues());
    out.writeBoolean(a.isTextOfHtml());
    out.writeInt(blobOffset);
    out.writeInt(blobLength);
  }

  private static Entry readEntry(BinaryReader in, byte[] file, int blobsStart, int blobsLength) throws IOException {
    String relative = readString(in);
    long size = in.readLong();
    long seconds = in.readLong();
    int nanos = in.readInt();
    Stat stat = in.readBoolean() ? new Stat(in.readLong(), in.readLong()) : null;
    boolean racy = in.readBoolean();
    byte[] hash = new byte[DIGEST_BYTES];
    in.readFully(hash);
    String slug = readString(in);
    Metadata meta = MetadataCodec.read(in);
    byte[] metaPrint = new byte[DIGEST_BYTES];
    in.readFully(metaPrint);
    byte[] htmlPrint = new byte[DIGEST_BYTES];
    in.readFully(htmlPrint);
    byte[] textPrint = new byte[DIGEST_BYTES];
    in.readFully(textPrint);
    boolean attributes = in.readBoolean();
    boolean textOfHtml = in.readBoolean();
    int offset = in.readInt();
    int length = in.readInt();
    if (offset < 0 || length < 0 || (long) offset + length > blobsLength) throw new java.io.EOFException("bad body");
    ShardBodies bodies = new ShardBodies(file, blobsStart + offset, length, htmlPrint, textPrint, attributes, textOfHtml);
    // The file's path is filled in from this build's discovery when the entry is used.
    SourceFile placeholder = new SourceFile(Path.of(relative), relative, size, java.time.Instant.ofEpochSecond(seconds, nanos));
    return new Entry(relative, size, seconds, nanos, stat, racy, hash, Article.stored(placeholder, meta, slug, bodies, metaPrint));
  }

  /** An entry's bodies: a slice of the shard file as read, decompressed each time they are asked for. */
  private record ShardBodies(byte[] file, int offset, int length, byte[] htmlPrint, byte[] textPrint,
      boolean htmlHasAttributeValues, boolean textIsOfHtml) implements gen.model.StoredBodies {
    @Override
    public byte[] html() {
      return part(true);
    }

    @Override
    public byte[] text() {
      if (!textIsOfHtml) return part(false);
      byte[] text = gen.model.ParagraphText.of(part(true));
      if (text == null) throw new java.io.UncheckedIOException(new IOException("extraction cache: a stored body is not paragraphs"));
      return text;
    }

    @Override
    public byte[] htmlPrint() {
      return htmlPrint.clone();
    }

    @Override
    public byte[] textPrint() {
      return textPrint.clone();
    }

    void copyTo(java.io.ByteArrayOutputStream out) {
      out.write(file, offset, length);
    }

    private byte[] part(boolean html) {
      try {
        BinaryReader in = new BinaryReader(BlockCodec.decompress(file, offset, length));
        byte[] htmlBytes = in.readBytes(in.readInt());
        return html ? htmlBytes : in.readBytes(in.remaining());
      } catch (IOException e) {
        // The slice passed its checksum when the shard was read, and memory does not change.
        throw new java.io.UncheckedIOException("extraction cache: a stored body cannot be read", e);
      }
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    Utf8Fields.write(out, s);
  }

  private static String readString(BinaryReader in) throws IOException {
    String s = in.readString(MAX_FIELD_BYTES);
    if (s == null) throw new java.io.EOFException("bad length");
    return s;
  }

  static int shardOf(String relative) {
    return Math.floorMod(relative.hashCode(), SHARDS);
  }

  private static String shardName(int shard) {
    return String.format(java.util.Locale.ROOT, "articles-%02d.bin", shard);
  }

  private static final int DIGEST_BYTES = 16;

  /** What an entry remembers of the file's content. */
  static byte[] digest(byte[] bytes) {
    return new Fingerprint().add(bytes).bytes();
  }

  /** The body text of the article the previous build extracted from this file. */
  Optional<String> previousBodyText(String relative) {
    Entry e = previous.get(relative);
    return e == null ? Optional.empty() : Optional.of(e.article().bodyText());
  }

  /** Entries of the previous build, for tests. */
  Map<String, Entry> previousEntries() {
    return new HashMap<>(previous);
  }
}
