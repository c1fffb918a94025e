package gen.site;

import gen.render.PageKeys;
import gen.render.TemplateDigests;
import gen.render.Theme;
import gen.search.SearchState;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a build leaves in {@code .gen-cache/} inside the output folder for the next one: the
 * extraction cache, the key of every page and the state of the search index. Page keys are only valid for the site they were
 * written with, so they carry a fingerprint of the writer's manifest of that build: a site changed
 * since (a failed or foreign build, a hand-made manifest) makes the next build render every page.
 * Nothing here is written through a symbolic link or outside the output folder. The previous
 * build's keys and search state may be read on another thread than the one that saves them, one
 * after the other.
 */
final class BuildState {
  static final String FOLDER = ".gen-cache";
  private static final String MANIFEST = ".gen-manifest";
  private static final String PAGES = "pages";
  private static final String SEARCH = "search";
  private static final String PAGE_INPUTS = "page-inputs";

  private final Path output;
  private final Path folder;
  private final boolean usable;
  private final String codeVersion;
  /** The manifest's size, time and file key when {@link #manifestDigest} was last computed, and the digest. */
  private String manifestSeen;
  private String manifestDigest;
  /** What {@link #previousPageKeys} read, when it read a whole file. */
  private volatile Optional<KeysOnDisk> keysOnDisk = Optional.empty();

  BuildState(Path output, String codeVersion) {
    this.output = output.toAbsolutePath().normalize();
    this.folder = this.output.resolve(FOLDER);
    this.codeVersion = codeVersion;
    // A .gen-cache that is a link or a file is not ours to follow or replace.
    this.usable = !Files.isSymbolicLink(folder)
        && (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
  }

  ExtractionCache extractionCache() {
    return usable ? ExtractionCache.load(folder, codeVersion) : ExtractionCache.none();
  }

  MediaIndex mediaIndex() {
    return usable ? MediaIndex.load(folder) : MediaIndex.none();
  }

  /** What each template of the theme is made of: the code (embedded theme) and the template files it uses. */
  TemplateDigests templateDigests(Theme theme) {
    return new TemplateDigests(codeVersion, theme);
  }

  /** The page keys of the previous build, if they belong to the site now in the folder. */
  Map<String, String> previousPageKeys() {
    Map<String, String> keys = new java.util.HashMap<>();
    Path file = folder.resolve(PAGES);
    if (!usable || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return keys;
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals("manifest " + manifestDigest().orElse("none"))) return keys;
      for (String line : lines.subList(1, lines.size())) {
        int space = line.indexOf(' ');
        if (space > 0) keys.put(line.substring(space + 1), line.substring(0, space));
      }
      keysOnDisk = Optional.of(new KeysOnDisk(lines.get(0), java.util.Collections.unmodifiableMap(keys)));
    } catch (IOException e) {
      return new java.util.HashMap<>();
    }
    // Shared with keysOnDisk, not copied: neither changes it.
    return java.util.Collections.unmodifiableMap(keys);
  }

  /** The page keys as read from the file, under its manifest line: what saving the same would write. */
  private record KeysOnDisk(String manifestLine, Map<String, String> keys) {}

  /** Saves this build's page keys (in any map; written in path order), tied to the manifest the writer has just committed. */
  void savePageKeys(Map<String, String> keys) throws IOException {
    if (!usable) return;
    Optional<String> manifest = manifestDigest();
    if (manifest.isEmpty()) return;
    // A build that changed nothing has the same keys for the same manifest: the file says so
    // already, and writing 20,000 lines out to compare them with it is not needed.
    if (keysOnDisk.isPresent() && keysOnDisk.get().manifestLine().equals("manifest " + manifest.get())
        && keysOnDisk.get().keys().equals(keys)) {
      return;
    }
    StringBuilder sb = new StringBuilder("manifest ").append(manifest.get()).append('\n');
    Map<String, String> inOrder =
        keys instanceof java.util.SortedMap<String, String> sorted && sorted.comparator() == null ? keys : new TreeMap<>(keys);
    inOrder.forEach((path, key) -> sb.append(key).append(' ').append(path).append('\n'));
    writeIfChanged(PAGES, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** What the previous build's pages were arranged from, if it belongs to the site now in the folder. */
  Optional<PageKeys.Inputs> previousPageInputs() {
    Path file = folder.resolve(PAGE_INPUTS);
    if (!usable || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!in.readUTF().equals("manifest " + manifestDigest().orElse("none")) || !in.readUTF().equals(codeVersion)) {
        return Optional.empty();
      }
      String structure = in.readUTF();
      int n = in.readInt();
      if (n < 0) return Optional.empty();
      Map<String, PageKeys.Print> articles = new java.util.HashMap<>(Math.min(n, 1 << 20) * 2);
      for (int i = 0; i < n; i++) {
        String relative = in.readUTF();
        articles.put(relative, new PageKeys.Print(in.readLong(), in.readLong()));
      }
      return Optional.of(new PageKeys.Inputs(structure, articles));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: every page's data is made, as in a first build
    }
  }

  /** Saves what this build's pages were arranged from, tied to the manifest the writer has just committed. */
  void savePageInputs(PageKeys.Inputs inputs) throws IOException {
    if (!usable) return;
    Optional<String> manifest = manifestDigest();
    if (manifest.isEmpty()) return;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + inputs.articles().size() * 64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF("manifest " + manifest.get());
      out.writeUTF(codeVersion);
      out.writeUTF(inputs.structure());
      out.writeInt(inputs.articles().size());
      for (Map.Entry<String, PageKeys.Print> e : inputs.articles().entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().high());
        out.writeLong(e.getValue().low());
      }
    }
    writeIfChanged(PAGE_INPUTS, bytes.toByteArray());
  }

  /** The search index state of the previous build, if it belongs to the site now in the folder. */
  Optional<SearchState> previousSearchState() {
    Path file = folder.resolve(SEARCH);
    if (!usable || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        BlockCodec.decompressing(Files.newInputStream(file)), 1 << 16))) {
      if (!in.readUTF().equals("manifest " + manifestDigest().orElse("none")) || !in.readUTF().equals(codeVersion)) {
        return Optional.empty();
      }
      return Optional.of(SearchState.read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: the index is built whole
    }
  }

  /** Saves this build's search index state, tied to the manifest the writer has just committed. */
  void saveSearchState(SearchState state) throws IOException {
    if (!usable) return;
    Optional<String> manifest = manifestDigest();
    if (manifest.isEmpty()) return;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(BlockCodec.compressing(bytes), 1 << 16))) {
      out.writeUTF("manifest " + manifest.get());
      out.writeUTF(codeVersion);
      state.write(out);
    }
    writeIfChanged(SEARCH, bytes.toByteArray());
  }

  private synchronized Optional<String> manifestDigest() throws IOException {
    Path m = output.resolve(MANIFEST);
    if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    // Asked for twice before the writer commits and twice after: the manifest lists every file of
    // the site, and hashing it four times showed in a rebuild's profile. The writer replaces it
    // by renaming a new file over it, which changes these attributes.
    java.nio.file.attribute.BasicFileAttributes a =
        Files.readAttributes(m, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String seen = a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey();
    if (seen.equals(manifestSeen) && manifestDigest != null) return Optional.of(manifestDigest);
    // A Fingerprint, not SHA-256: this only tells gen's own earlier manifest from another, and
    // SHA-256 on the C1 compiler (no intrinsics) cost tens of milliseconds for a large site.
    manifestDigest = new gen.text.Fingerprint().add(Files.readAllBytes(m)).hex();
    manifestSeen = seen;
    return Optional.of(manifestDigest);
  }

  private void writeIfChanged(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && java.util.Arrays.equals(Files.readAllBytes(file), content)) {
      return;
    }
    Files.createDirectories(folder);
    Path tmp = folder.resolve(name + ".tmp");
    Files.write(tmp, content);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
