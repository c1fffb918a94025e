package gen.site;

import gen.render.PageKeys;
import gen.render.TemplateDigests;
import gen.render.Theme;
import gen.search.SearchState;
import gen.state.StateFolder;
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
 * What a build leaves in the output folder's state folder ({@link StateFolder}, never inside the
 * output folder) for the next one: the extraction cache, the key of every page and the state of
 * the search index. Page keys and the search state are only valid for the site they were written
 * with and what it was built from, so each file carries a tag: a fingerprint of the manifest the
 * writer committed with them (handed over by the writer, not read back: the file may be another
 * build's by then) and of the build's options. A site changed since (a failed or foreign build), or
 * a build from other inputs or options, makes the next build render every page and index every
 * article. Nothing here is written through a symbolic link. The caller holds the folder's {@link
 * gen.state.BuildLock} throughout. The previous build's keys and search state may be read on
 * another thread than the one that saves them, one after the other.
 */
final class BuildState {
  private static final String PAGES = "pages";
  private static final String SEARCH = "search";
  private static final String PAGE_INPUTS = "page-inputs";

  private final Path folder;
  private final boolean usable;
  private final String codeVersion;
  /** A fingerprint of what the build is made from beside the articles: its options. */
  private final String builtFrom;
  /** The tag of the state the previous build left, read once: {@link #tag} of its manifest. */
  private String previousTag;
  /** What {@link #previousPageKeys} read, when it read a whole file. */
  private volatile Optional<KeysOnDisk> keysOnDisk = Optional.empty();

  BuildState(Path output, String codeVersion, String builtFrom) {
    this.folder = StateFolder.of(output);
    this.codeVersion = codeVersion;
    this.builtFrom = builtFrom;
    // A state folder that is a link or a file is not ours to follow or replace.
    this.usable = !Files.isSymbolicLink(folder) && !Files.isSymbolicLink(folder.getParent())
        && (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
  }

  /** Where this state is kept. */
  Path folder() {
    return folder;
  }

  /** The tag of state that belongs to the site of this manifest, built from this build's options. */
  private String tag(String manifestPrint) {
    return "manifest " + manifestPrint + " from " + builtFrom;
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
      if (lines.isEmpty() || !lines.get(0).equals(previousTag())) return keys;
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
  void savePageKeys(Map<String, String> keys, String manifestPrint) throws IOException {
    if (!usable) return;
    String tag = tag(manifestPrint);
    // A build that changed nothing has the same keys for the same manifest: the file says so
    // already, and writing 20,000 lines out to compare them with it is not needed.
    if (keysOnDisk.isPresent() && keysOnDisk.get().manifestLine().equals(tag) && keysOnDisk.get().keys().equals(keys)) {
      return;
    }
    StringBuilder sb = new StringBuilder(tag).append('\n');
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
      if (!in.readUTF().equals(previousTag()) || !in.readUTF().equals(codeVersion)) {
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
  void savePageInputs(PageKeys.Inputs inputs, String manifestPrint) throws IOException {
    if (!usable) return;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + inputs.articles().size() * 64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(tag(manifestPrint));
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
      if (!in.readUTF().equals(previousTag()) || !in.readUTF().equals(codeVersion)) {
        return Optional.empty();
      }
      return Optional.of(SearchState.read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: the index is built whole
    }
  }

  /** Saves this build's search index state, tied to the manifest the writer has just committed. */
  void saveSearchState(SearchState state, String manifestPrint) throws IOException {
    if (!usable) return;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(BlockCodec.compressing(bytes), 1 << 16))) {
      out.writeUTF(tag(manifestPrint));
      out.writeUTF(codeVersion);
      state.write(out);
    }
    writeIfChanged(SEARCH, bytes.toByteArray());
  }

  /**
   * The tag that state left by the previous build must carry to be used: that of the manifest now
   * in the state folder (which the writer swaps with the site), or none when there is none.
   */
  private synchronized String previousTag() throws IOException {
    if (previousTag != null) return previousTag;
    Path m = folder.resolve(StateFolder.MANIFEST);
    // A Fingerprint, not SHA-256: this only tells gen's own earlier manifest from another, and
    // SHA-256 on the C1 compiler (no intrinsics) cost tens of milliseconds for a large site.
    previousTag = Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)
        ? tag(new gen.text.Fingerprint().add(Files.readAllBytes(m)).hex())
        : "none";
    return previousTag;
  }

  private void writeIfChanged(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        && java.util.Arrays.equals(Files.readAllBytes(file), content)) {
      return;
    }
    Files.createDirectories(folder);
    Path tmp = folder.resolve(name + ".tmp");
    try {
      Files.write(tmp, content);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // A full disk, say: no half-written file stays, and the previous file's tag no longer
      // matches the site, so the next build starts from scratch for this part.
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
