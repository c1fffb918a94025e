package gen.site;

import gen.read.LocalMedia;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The copy each picture got in the previous build, so that a rebuild neither reads nor hashes a
 * picture whose file is the same (same real path, size and modification time, as make and rsync
 * judge it, and not modified just before it was seen): its copy is kept as it is. Kept in the state folder as {@code media}; a damaged file is an
 * empty index, which only costs time. Thread-safe.
 */
final class MediaIndex {
  private static final String FILE = "media";
  private static final String MAGIC = "gen-media-index 1";
  private static final java.time.Duration RECENT = java.time.Duration.ofSeconds(3);

  /** One picture's file facts and the site path of its copy. */
  private record Entry(long size, long seconds, int nanos, String sitePath) {}

  private final Path folder;
  private final Map<Path, Entry> previous;
  private final Map<Path, Entry> current = new ConcurrentHashMap<>();

  private MediaIndex(Path folder, Map<Path, Entry> previous) {
    this.folder = folder;
    this.previous = previous;
  }

  /** An index that remembers nothing and saves nothing. */
  static MediaIndex none() {
    return new MediaIndex(null, Map.of());
  }

  static MediaIndex load(Path folder) {
    Map<Path, Entry> entries = new TreeMap<>();
    Path file = folder.resolve(FILE);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).equals(MAGIC)) {
          for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 5);
            entries.put(Path.of(f[4]), new Entry(Long.parseLong(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]), f[3]));
          }
        }
      } catch (IOException | RuntimeException e) {
        entries.clear(); // damaged: every picture is read and hashed again
      }
    }
    return new MediaIndex(folder, entries);
  }

  /** The site path the picture's copy had, if its file is the same as then. */
  Optional<String> previousCopy(LocalMedia.Found f) {
    Entry e = previous.get(f.file());
    if (e == null || e.size() != f.size() || e.seconds() != f.modified().getEpochSecond() || e.nanos() != f.modified().getNano()) {
      return Optional.empty();
    }
    return Optional.of(e.sitePath());
  }

  /**
   * Remembers the copy a picture has in this build. A file modified in the last seconds is not
   * remembered: on a file system that keeps times to the second, it could change again within the
   * same second, at the same size, and look the same next time.
   */
  void record(LocalMedia.Found f, String sitePath) {
    Instant m = f.modified();
    if (m.isAfter(Instant.now().minus(RECENT))) return;
    current.put(f.file(), new Entry(f.size(), m.getEpochSecond(), m.getNano(), sitePath));
  }

  /** Saves this build's entries, when they differ from the previous build's. */
  void save() throws IOException {
    if (folder == null || new TreeMap<>(current).equals(previous)) return;
    StringBuilder sb = new StringBuilder(MAGIC).append('\n');
    for (Map.Entry<Path, Entry> e : new TreeMap<>(current).entrySet()) {
      String path = e.getKey().toString();
      if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) continue; // cannot be a line: not cached
      Entry v = e.getValue();
      sb.append(v.size()).append('\t').append(v.seconds()).append('\t').append(v.nanos()).append('\t')
          .append(v.sitePath()).append('\t').append(path).append('\n');
    }
    Files.createDirectories(folder);
    Path tmp = folder.resolve(FILE + ".tmp");
    try {
      Files.writeString(tmp, sb, StandardCharsets.UTF_8);
      Files.move(tmp, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
