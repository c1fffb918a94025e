package gen.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site into its output folder safely. Files are first written to a staging folder inside
 * the output; only when the whole site is rendered are they moved into place, so a failed build
 * leaves the previous site as it was. A file whose content did not change is not touched. Files
 * gen did not write (a {@code .git}, a {@code CNAME}) are never deleted. Thread-safe for {@link
 * #write}.
 */
public final class SiteWriter implements AutoCloseable {
  static final String STAGING = ".gen-staging";

  private final Path output;
  private final Path staging;
  private final Manifest previous;
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private final Map<String, Boolean> changed = new ConcurrentHashMap<>();
  private boolean committed;

  private SiteWriter(Path output, Manifest previous) throws IOException {
    this.output = output;
    this.staging = output.resolve(STAGING);
    this.previous = previous;
    deleteTree(staging);
    Files.createDirectories(staging);
  }

  /**
   * Opens an output folder. A folder that exists, is not empty and was not made by gen is refused
   * unless {@code force}: a mistyped {@code --output} must not mix a site into someone's files.
   */
  public static SiteWriter open(Path output, boolean force) throws IOException, OutputRefusedException {
    Path out = output.toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputRefusedException(output + ": output is not a folder");
    }
    if (Files.isDirectory(out) && !Manifest.exists(out) && !force && !isEmpty(out)) {
      throw new OutputRefusedException(
          output + ": folder is not empty and was not made by gen; use --force to build into it anyway");
    }
    Files.createDirectories(out);
    return new SiteWriter(out, Manifest.read(out));
  }

  public Path output() {
    return output;
  }

  /** Stages one file of the site. */
  public void write(String path, byte[] content) throws IOException {
    String rel = SitePaths.validate(path);
    String hash = sha256(content);
    if (hashes.putIfAbsent(rel, hash) != null) {
      throw new IOException(rel + ": written twice in one build");
    }
    boolean same = hash.equals(previous.hashes().get(rel)) && Files.isRegularFile(output.resolve(rel));
    changed.put(rel, !same);
    if (same) return;
    Path target = staging.resolve(rel);
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }

  /**
   * Keeps a file of the previous build as it is, without reading or rewriting it: for a page whose
   * inputs did not change since that build. Returns false when there is no such file (the caller
   * must then {@link #write} it).
   */
  public boolean keep(String path) throws IOException {
    String rel = SitePaths.validate(path);
    String hash = previous.hashes().get(rel);
    if (hash == null || !Files.isRegularFile(output.resolve(rel))) return false;
    if (hashes.putIfAbsent(rel, hash) != null) {
      throw new IOException(rel + ": written twice in one build");
    }
    changed.put(rel, false);
    return true;
  }

  public void write(String path, String content) throws IOException {
    write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public void copy(String path, InputStream in) throws IOException {
    write(path, in.readAllBytes());
  }

  /** Moves the staged site into place, deletes gen's own files that are gone, saves the manifest. */
  public WriteSummary commit() throws IOException {
    int written = 0, unchanged = 0, deleted = 0;
    List<String> paths = new ArrayList<>(hashes.keySet());
    paths.sort(Comparator.naturalOrder());
    for (String rel : paths) {
      if (!changed.get(rel)) {
        unchanged++;
        continue;
      }
      Path target = output.resolve(rel);
      Files.createDirectories(target.getParent());
      if (Files.isDirectory(target)) deleteTree(target);
      Files.move(staging.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written++;
    }
    for (String old : previous.hashes().keySet()) {
      if (!hashes.containsKey(old)) {
        Path gone = output.resolve(SitePaths.validate(old));
        if (Files.deleteIfExists(gone)) deleted++;
        deleteEmptyParents(gone.getParent());
      }
    }
    new Manifest(hashes).write(output);
    deleteTree(staging);
    committed = true;
    return new WriteSummary(hashes.size(), written, unchanged, deleted);
  }

  /** Without a commit, discards the staged files and leaves the previous site untouched. */
  @Override
  public void close() throws IOException {
    if (!committed) deleteTree(staging);
  }

  private void deleteEmptyParents(Path dir) throws IOException {
    while (dir != null && !dir.equals(output) && dir.startsWith(output)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
        if (s.iterator().hasNext()) return;
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
