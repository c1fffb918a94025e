package gen.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Article;
import gen.model.Diagnostics;
import gen.model.SourceFile;
import gen.read.Discovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {
  @TempDir Path tmp;

  /** Remembers {@code article} for {@code file} as a build does: stat first, then the digest of its bytes. */
  private static void put(ExtractionCache cache, SourceFile file, gen.model.Article article) throws java.io.IOException {
    cache.put(file, cache.statBeforeReading(file), ExtractionCache.digest(Files.readAllBytes(file.path())), article);
  }

  private List<SourceFile> seeds(Path input) throws Exception {
    Files.createDirectories(input);
    Files.copy(Path.of("seeds/000_883328fdf6cbbe4f.txt"), input.resolve("seed.txt"));
    return Discovery.articles(input, new Diagnostics());
  }

  @Test
  void a_cached_article_is_the_article_extracted_fresh() throws Exception {
    List<SourceFile> files = seeds(tmp.resolve("in"));
    Article fresh = new ArchiveLoader().loadOne(files.get(0), new Diagnostics()).orElseThrow();
    ExtractionCache cache = ExtractionCache.load(tmp.resolve("cache"), "v1");
    put(cache, files.get(0), fresh);
    cache.save();

    Optional<Article> cached = ExtractionCache.load(tmp.resolve("cache"), "v1").lookup(files.get(0));
    assertEquals(Optional.of(fresh), cached);
    assertTrue(fresh.meta().published().isEmpty() && !fresh.meta().entities().people().isEmpty());
    // Equal articles compare their bodies by print: the bodies themselves must come back too.
    assertTrue(cached.get().storedBodies().isPresent(), "bodies left in the cache until asked for");
    assertEquals(fresh.bodyHtml(), cached.get().bodyHtml());
    assertEquals(fresh.bodyText(), cached.get().bodyText());
    // Kept beside the metadata, not made again: it must be the print of what was read.
    assertArrayEquals(cached.get().meta().fingerprint(), cached.get().metaPrint());
    assertArrayEquals(fresh.metaPrint(), cached.get().metaPrint());
  }

  @Test
  void prepared_shards_replace_the_old_ones_only_when_published() throws Exception {
    List<SourceFile> files = seeds(tmp.resolve("in"));
    Article fresh = new ArchiveLoader().loadOne(files.get(0), new Diagnostics()).orElseThrow();
    Path folder = tmp.resolve("cache");
    ExtractionCache empty = ExtractionCache.load(folder, "v1");
    empty.save();
    List<Path> before = shardFiles(folder);

    ExtractionCache discarded = ExtractionCache.load(folder, "v1");
    put(discarded, files.get(0), fresh);
    discarded.prepare(true).discard();
    assertEquals(before, shardFiles(folder), "a failed build leaves the cache as it was, with no temporary file");
    assertTrue(ExtractionCache.load(folder, "v1").lookup(files.get(0)).isEmpty());

    ExtractionCache published = ExtractionCache.load(folder, "v1");
    put(published, files.get(0), fresh);
    ExtractionCache.Prepared prepared = published.prepare(false);
    assertTrue(ExtractionCache.load(folder, "v1").lookup(files.get(0)).isEmpty(), "not in place before publishing");
    prepared.publish();
    assertEquals(Optional.of(fresh), ExtractionCache.load(folder, "v1").lookup(files.get(0)));
    assertTrue(shardFiles(folder).stream().noneMatch(p -> p.toString().endsWith(".tmp")));
  }

  private static List<Path> shardFiles(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) return List.of();
    try (var s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  @Test
  void a_shard_written_again_keeps_the_bodies_of_its_unchanged_articles() throws Exception {
    Path in = tmp.resolve("in");
    List<SourceFile> files = seeds(in);
    Files.writeString(in.resolve("second.txt"), "Second article\n\nA short body about rivers and “bridges”.\n");
    files = Discovery.articles(in, new Diagnostics());
    ArchiveLoader loader = new ArchiveLoader();
    ExtractionCache first = ExtractionCache.load(tmp.resolve("cache"), "v1");
    for (SourceFile f : files) put(first, f, loader.loadOne(f, new Diagnostics()).orElseThrow());
    first.save();

    // Every shard is rewritten once a file's entry is verified by its bytes (the entries are racy).
    ExtractionCache second = ExtractionCache.load(tmp.resolve("cache"), "v1");
    for (SourceFile f : files) assertTrue(second.lookup(f).isPresent());
    second.save();

    ExtractionCache third = ExtractionCache.load(tmp.resolve("cache"), "v1");
    for (SourceFile f : files) {
      Article fresh = loader.loadOne(f, new Diagnostics()).orElseThrow();
      Article cached = third.lookup(f).orElseThrow();
      assertEquals(fresh.bodyHtml(), cached.bodyHtml(), f.relative());
      assertEquals(fresh.bodyText(), cached.bodyText(), f.relative());
    }
  }

  /** The first seed's entry saved alone, its shard's bytes changed by {@code damage}: is it still used? */
  private Optional<gen.model.Article> lookupAfterDamage(java.util.function.Consumer<byte[]> damage) throws Exception {
    SourceFile f = seeds(tmp.resolve("in")).get(0);
    ExtractionCache cache = ExtractionCache.load(tmp.resolve("cache"), "v1");
    put(cache, f, new ArchiveLoader().loadOne(f, new Diagnostics()).orElseThrow());
    cache.save();
    Path shard = tmp.resolve("cache").resolve(String.format("articles-%02d.bin", ExtractionCache.shardOf(f.relative())));
    byte[] bytes = Files.readAllBytes(shard);
    damage.accept(bytes);
    Files.write(shard, bytes);
    return ExtractionCache.load(tmp.resolve("cache"), "v1").lookup(f);
  }

  @Test
  void a_damaged_body_makes_its_shard_unused() throws Exception {
    // In the last entry's compressed bodies.
    assertEquals(Optional.empty(), lookupAfterDamage(bytes -> bytes[bytes.length - 3] ^= 0x10));
  }

  @Test
  void a_damaged_entry_list_makes_its_shard_unused() throws Exception {
    assertEquals(Optional.empty(), lookupAfterDamage(bytes -> {
      // The header: two strings (a length, then the bytes) and four ints; the entries follow it.
      int magicLength = (bytes[0] & 0xff) << 8 | bytes[1] & 0xff;
      assertTrue(new String(bytes, 2, magicLength, java.nio.charset.StandardCharsets.UTF_8).startsWith("gen-extraction-cache "));
      int header = 2 + magicLength + 2 + "v1".length() + 4 * 4;
      bytes[header + 6] ^= 0x10;
    }));
  }

  @Test
  void other_code_other_bytes_or_a_damaged_shard_mean_no_entry() throws Exception {
    List<SourceFile> files = seeds(tmp.resolve("in"));
    SourceFile f = files.get(0);
    Article fresh = new ArchiveLoader().loadOne(f, new Diagnostics()).orElseThrow();
    ExtractionCache cache = ExtractionCache.load(tmp.resolve("cache"), "v1");
    put(cache, f, fresh);
    cache.save();

    assertEquals(Optional.empty(), ExtractionCache.load(tmp.resolve("cache"), "v2").lookup(f), "other code");

    String text = Files.readString(f.path());
    Files.writeString(f.path(), text.replace("Moscow", "Moskva"));  // same length
    Files.setLastModifiedTime(f.path(), java.nio.file.attribute.FileTime.from(f.modified()));
    assertEquals(Optional.empty(), ExtractionCache.load(tmp.resolve("cache"), "v1").lookup(f), "other bytes");
    Files.writeString(f.path(), text);
    Files.setLastModifiedTime(f.path(), java.nio.file.attribute.FileTime.from(f.modified()));
    assertTrue(ExtractionCache.load(tmp.resolve("cache"), "v1").lookup(f).isPresent(), "same bytes again");

    Path shard = tmp.resolve("cache").resolve(String.format("articles-%02d.bin", ExtractionCache.shardOf(f.relative())));
    byte[] bytes = Files.readAllBytes(shard);
    Files.write(shard, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertEquals(Optional.empty(), ExtractionCache.load(tmp.resolve("cache"), "v1").lookup(f), "damaged shard");
  }

  @Test
  void an_entry_recorded_long_after_the_last_write_is_trusted_by_its_file_times_and_a_rewrite_undoes_that()
      throws Exception {
    List<SourceFile> files = seeds(tmp.resolve("in"));
    SourceFile f = files.get(0);
    Article fresh = new ArchiveLoader().loadOne(f, new Diagnostics()).orElseThrow();
    java.time.Clock later = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofHours(1));
    ExtractionCache cache = ExtractionCache.load(tmp.resolve("cache"), "v1", later);
    put(cache, f, fresh);
    cache.save();
    ExtractionCache.Entry entry = ExtractionCache.load(tmp.resolve("cache"), "v1").previousEntries().get(f.relative());
    org.junit.jupiter.api.Assumptions.assumeTrue(entry.stat() != null, "no status-change time on this file system");
    assertTrue(!entry.racy(), "recorded an hour after the last write");
    assertEquals(Optional.of(fresh), ExtractionCache.load(tmp.resolve("cache"), "v1", later).lookup(f));

    // Same size, same modification time, other bytes: the status-change time gives it away.
    String text = Files.readString(f.path());
    Files.writeString(f.path(), text.replace("Moscow", "Moskva"));
    Files.setLastModifiedTime(f.path(), java.nio.file.attribute.FileTime.from(f.modified()));
    assertEquals(Optional.empty(), ExtractionCache.load(tmp.resolve("cache"), "v1", later).lookup(f), "rewritten");
  }
}
