package gen.write;

import gen.state.BuildLock;
import gen.state.StateFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a site into its output folder so that the previous site survives any failure.
 *
 * <ol>
 *   <li>Every changed file is written to {@code .gen-staging/new/} inside the output folder (so
 *       that renames put it in place); the live site is not touched. A build that fails or is
 *       killed here leaves it as it was. The staging folder is gone once the build ends, unless it
 *       was killed: then the next build rolls back or clears what it left.
 *   <li>{@link #commit} writes a {@link SwapJournal} of the renames to come, then does them. A swap
 *       cut short is rolled back by the next {@link #open} (or {@link #recover}), so the folder
 *       always ends up holding either the whole previous site or the whole new one.
 * </ol>
 *
 * Only files listed in the manifest of the previous build (kept in the state folder, {@link
 * StateFolder}, and swapped with the site) are replaced or deleted, and a listed file the user has
 * since edited is kept; so a {@code .git}, a {@code CNAME} or anything else gen did not write is
 * never touched. Nothing is written through a symbolic link or outside the output folder and its
 * state folder. The folder's {@link BuildLock} makes a second writer wait until the first is done.
 * {@link #write} is thread-safe.
 */
public final class SiteWriter implements AutoCloseable {
  static final String STAGING = ".gen-staging";
  /** Makes git ignore the staging folder, should a killed build leave it in a gh-pages worktree. */
  private static final String GIT_IGNORE = ".gitignore";
  /** Files that do not make a folder "someone else's": a fresh gh-pages worktree, a custom domain. */
  private static final Set<String> NEUTRAL = Set.of(".git", "CNAME", ".nojekyll", ".DS_Store", "Thumbs.db");
  /** Files every gen build writes: a folder with all of them and no state was made by gen (the state deleted). */
  private static final List<String> SIGNATURE = List.of(".nojekyll", "index.html", "search/manifest.js");

  private final Path output;
  private final Path staging;
  /**
   * The previous build's manifest, read on another thread: tens of thousands of lines that a
   * rebuild would otherwise wait for before its first page, with nothing to do meanwhile.
   */
  private final CompletableFuture<Manifest> previous;
  private final boolean force;
  private final BuildLock lock;
  private final Path manifestFile;
  /** A fingerprint of the manifest committed, once {@link #commit} is done. */
  private String manifestPrint;
  /** Sized for a site of thousands of files: grown from 16 entries, it was copied ten times over. */
  private final Map<String, String> hashes = new ConcurrentHashMap<>(1 << 14);
  /** Staged files, each with whether it replaces something in the live site. */
  private final Map<String, Boolean> changed = new ConcurrentHashMap<>(1 << 14);
  private final LiveFolders live;
  /** Folders made in the staging area so far, so that each is made once. */
  private final Map<String, Boolean> stagedFolders = new ConcurrentHashMap<>();
  private volatile boolean stagingMade;
  private boolean closed;

  private SiteWriter(Path output, boolean force) throws IOException, OutputRefusedException {
    this.output = output;
    this.staging = output.resolve(STAGING);
    this.force = force;
    this.live = new LiveFolders(output);
    this.manifestFile = Manifest.fileOf(output);
    this.lock = BuildLock.acquire(output, () -> {});
    try {
      if (Files.isSymbolicLink(staging) || Files.exists(staging) && !Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(staging);
      }
      // What a killed build left: its swap undone, its files gone. This build stages its own only
      // once it has a file to write, so that a build that changes nothing touches nothing here.
      if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
        rollBackInterruptedSwap(output, staging);
        deleteTree(staging);
      }
      this.previous = CompletableFuture.supplyAsync(() -> {
        try {
          return Manifest.read(output);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | RuntimeException e) {
      release();
      throw e;
    }
  }

  /**
   * Opens an output folder, first undoing a swap an earlier build left half done. A folder that
   * exists, holds more than a {@code .git}, {@code CNAME} or {@code .nojekyll}, and was not made by
   * gen is refused unless {@code force}: a mistyped {@code --output} must not mix a site into
   * someone's files.
   */
  public static SiteWriter open(Path output, boolean force) throws IOException, OutputRefusedException {
    Path out = output.toAbsolutePath().normalize();
    boolean adopted = check(output, force);
    Files.createDirectories(out);
    return new SiteWriter(out, force || adopted);
  }

  /**
   * Refuses an output folder that a build must not write into (see {@link #open}), before
   * anything is written for the build, its state included.
   */
  public static void checkAccepted(Path output, boolean force) throws IOException, OutputRefusedException {
    check(output, force);
  }

  /** {@link #checkAccepted}; whether the folder is a site gen made whose state is gone. */
  private static boolean check(Path output, boolean force) throws IOException, OutputRefusedException {
    Path out = output.toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new OutputRefusedException(output + ": output is not a folder");
    }
    boolean known = Manifest.exists(out) || Files.isDirectory(out.resolve(STAGING), LinkOption.NOFOLLOW_LINKS);
    // A site gen made whose state is gone: its files are taken as gen's to replace.
    boolean adopted = !known && Files.isDirectory(out) && looksMadeByGen(out);
    if (Files.isDirectory(out) && !known && !adopted && !force && holdsForeignFiles(out)) {
      throw new OutputRefusedException(
          output + ": folder is not empty and was not made by gen; use --force to build into it anyway"
              + " (gen never deletes files it did not write)");
    }
    return adopted;
  }

  /** Whether a folder holds the files every gen build writes. */
  private static boolean looksMadeByGen(Path out) {
    for (String file : SIGNATURE) {
      if (!Files.isRegularFile(out.resolve(file), LinkOption.NOFOLLOW_LINKS)) return false;
    }
    return true;
  }

  /**
   * Undoes a swap that a killed build left half done, if any, so the folder holds the previous site
   * again. Does nothing when another build holds the folder or there is nothing to undo.
   *
   * @return whether a swap was rolled back
   */
  public static boolean recover(Path output) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path staging = out.resolve(STAGING);
    if (!SwapJournal.exists(staging)) return false;
    try (BuildLock l = BuildLock.acquire(out, () -> {})) {
      if (!rollBackInterruptedSwap(out, staging)) return false;
      deleteTree(staging);
      return true;
    }
  }

  private static boolean rollBackInterruptedSwap(Path output, Path staging) throws IOException {
    if (!SwapJournal.exists(staging)) return false;
    SwapJournal.load(output, staging, Manifest.fileOf(output)).rollBack();
    return true;
  }

  public Path output() {
    return output;
  }

  /** Stages one file of the site; the live site is not touched until {@link #commit}. */
  public void write(String path, byte[] content) throws IOException {
    String rel = SitePaths.validate(path);
    BasicFileAttributes replaced = checkTarget(rel);
    String hash = ContentHash.of(content);
    if (hashes.putIfAbsent(rel, hash) != null) {
      throw new IOException(rel + ": written twice in one build");
    }
    boolean same = replaced != null && replaced.isRegularFile() && ContentHash.matches(previous().hashes().get(rel), content);
    if (same) return;
    changed.put(rel, replaced != null);
    makeStaging();
    Path staged = staging.resolve("new").resolve(rel);
    makeStagedFolder(LiveFolders.parentOf(rel), staged.getParent());
    Files.write(staged, content);
  }

  /** Makes the staging folder, once, when the first file or the swap's journal needs it. */
  private void makeStaging() throws IOException {
    if (stagingMade) return;
    synchronized (stagedFolders) {
      if (stagingMade) return;
      Files.createDirectories(staging.resolve("new"));
      Files.writeString(staging.resolve(GIT_IGNORE), "*\n");
      stagingMade = true;
    }
  }

  private void makeStagedFolder(String rel, Path folder) throws IOException {
    if (stagedFolders.containsKey(rel)) return;
    try {
      // computeIfAbsent holds back other threads writing into the same folder until it exists.
      stagedFolders.computeIfAbsent(rel, r -> {
        try {
          Files.createDirectories(folder);
          return Boolean.TRUE;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Keeps a file of the previous build as it is, without reading or rewriting it: for a page whose
   * inputs did not change since that build. Returns false when there is no such file (the caller
   * must then {@link #write} it).
   */
  public boolean keep(String path) throws IOException {
    String rel = SitePaths.validate(path);
    String hash = previous().hashes().get(rel);
    if (hash == null || !Files.isRegularFile(output.resolve(rel), LinkOption.NOFOLLOW_LINKS)) return false;
    if (hashes.putIfAbsent(rel, hash) != null) {
      throw new IOException(rel + ": written twice in one build");
    }
    // Not in 'changed': the file stays where it is.
    return true;
  }

  /** Whether {@link #keep} would keep {@code path}: the previous build wrote it and it is still there. */
  public boolean canKeep(String path) throws IOException {
    String rel = SitePaths.validate(path);
    return previous().hashes().containsKey(rel) && !hashes.containsKey(rel)
        && Files.isRegularFile(output.resolve(rel), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The content of a file of the previous build, if it is still exactly what that build wrote (its
   * hash is the manifest's): for patching a file rather than making it anew.
   */
  public java.util.Optional<String> previousContent(String path) throws IOException {
    String rel = SitePaths.validate(path);
    String hash = previous().hashes().get(rel);
    Path file = output.resolve(rel);
    if (hash == null || !insideOutput(rel) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return java.util.Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    if (!ContentHash.matches(hash, bytes)) return java.util.Optional.empty();
    return java.util.Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  public void write(String path, String content) throws IOException {
    write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public void copy(String path, InputStream in) throws IOException {
    write(path, in.readAllBytes());
  }

  /**
   * Swaps the staged site into place: see the class comment. Files of the previous build that this
   * one did not write are deleted, unless they were edited since.
   */
  public WriteSummary commit() throws IOException {
    if (closed) throw new IllegalStateException("already committed or closed");
    List<SwapJournal.Step> files = new ArrayList<>();
    // A folder the live site does not have yet holds only new files: it moves into place whole,
    // one rename instead of one per file (a first build of 10,000 articles is then a dozen renames).
    Set<String> newFolders = new TreeSet<>();
    for (Map.Entry<String, Boolean> staged : new TreeMap<>(changed).entrySet()) {
      String rel = staged.getKey();
      String folder = live.outermostMissing(rel);
      if (folder != null) {
        newFolders.add(folder);
      } else {
        files.add(new SwapJournal.Step(staged.getValue() ? SwapJournal.Kind.REPLACE : SwapJournal.Kind.ADD, rel));
      }
    }
    Set<String> kept = new TreeSet<>();
    int deleted = 0;
    for (Map.Entry<String, String> old : new TreeMap<>(previous().hashes()).entrySet()) {
      if (hashes.containsKey(old.getKey())) continue;
      String rel;
      try {
        rel = SitePaths.validate(old.getKey());
      } catch (IOException e) {
        continue; // a damaged manifest line names nothing gen may touch
      }
      Path file = output.resolve(rel);
      if (!insideOutput(rel) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) continue;
      if (ContentHash.matches(old.getValue(), Files.readAllBytes(file))) {
        files.add(new SwapJournal.Step(SwapJournal.Kind.DELETE, rel));
        deleted++;
      } else {
        kept.add(rel); // edited by hand since gen wrote it: no longer gen's to delete
      }
    }
    // The manifest changes with the site, in the same swap.
    TreeMap<String, String> listed = new TreeMap<>(hashes);
    byte[] manifest = new Manifest(listed).bytes();
    boolean hadManifest = Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS);
    if (newFolders.isEmpty() && files.isEmpty() && hadManifest && listed.equals(previous().hashes())) {
      // Nothing to swap: the site and its manifest are as they were, and stay untouched.
      manifestPrint = new gen.text.Fingerprint().add(manifest).hex();
      deleteLegacyBookkeeping();
      close();
      return new WriteSummary(hashes.size(), 0, hashes.size(), 0, List.copyOf(kept));
    }
    files.add(new SwapJournal.Step(hadManifest ? SwapJournal.Kind.REPLACE : SwapJournal.Kind.ADD, SwapJournal.MANIFEST));

    List<SwapJournal.Step> steps = new ArrayList<>();
    for (String folder : newFolders) steps.add(new SwapJournal.Step(SwapJournal.Kind.FOLDER, folder));
    steps.addAll(files);
    makeStaging();
    SwapJournal journal = new SwapJournal(output, staging, manifestFile, steps);
    Files.write(journal.newFile(SwapJournal.MANIFEST), manifest);
    journal.save();
    try {
      journal.apply();
    } catch (IOException e) {
      journal.rollBack();
      throw e;
    }
    journal.complete();
    manifestPrint = new gen.text.Fingerprint().add(manifest).hex();
    deleteLegacyBookkeeping();
    for (String rel : files.stream().filter(s -> s.kind() == SwapJournal.Kind.DELETE).map(SwapJournal.Step::path).toList()) {
      deleteEmptyParents(output.resolve(rel).getParent());
    }
    int written = changed.size();
    close();
    return new WriteSummary(hashes.size(), written, hashes.size() - written, deleted, List.copyOf(kept));
  }

  /**
   * A fingerprint of the manifest the commit put in place: what state saved with this site is
   * tied to (see {@code gen.site.BuildState}).
   */
  public String manifestPrint() {
    if (manifestPrint == null) throw new IllegalStateException("not committed");
    return manifestPrint;
  }

  /**
   * What earlier versions kept inside the output folder, where it was published with the site: the
   * manifest (read as the previous one when there was no other) and the build cache.
   */
  private void deleteLegacyBookkeeping() throws IOException {
    Files.deleteIfExists(output.resolve(Manifest.LEGACY_FILE_NAME));
    deleteTree(output.resolve(SitePaths.LEGACY_CACHE));
  }

  /** The previous build's manifest, once read; a failure to read it is this call's. */
  private Manifest previous() throws IOException {
    try {
      return previous.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
      throw e;
    }
  }

  /** Discards what was staged (the previous site stays as it was) and releases the folder. */
  @Override
  public void close() throws IOException {
    if (closed) return;
    closed = true;
    try {
      // Before the lock goes: the next build of the folder may be waiting for it.
      deleteTree(staging);
    } finally {
      release();
    }
  }

  private void release() throws IOException {
    lock.close();
  }

  /**
   * What a page will replace in the live site, or {@code null} when nothing is there yet. A page
   * may replace a file or a symbolic link, never a folder, and no folder on its way may be a
   * link (which could lead outside the output folder). Without {@code --force}, a file gen did not
   * write is never replaced.
   */
  private BasicFileAttributes checkTarget(String rel) throws IOException {
    LiveFolders.State folder = live.of(LiveFolders.parentOf(rel));
    if (folder == LiveFolders.State.BLOCKED) {
      throw new IOException(rel + ": refused: a folder on the way is a symbolic link or a file");
    }
    if (folder == LiveFolders.State.MISSING) return null;
    BasicFileAttributes there;
    try {
      there = Files.readAttributes(output.resolve(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (there.isDirectory()) {
      throw new IOException(rel + ": refused: a folder is in the way of this page");
    }
    if (!force && !previous().hashes().containsKey(rel)) {
      throw new IOException(rel + ": refused: the file exists and was not written by gen (use --force to replace it)");
    }
    return there;
  }

  /** Whether every folder on the way to {@code rel} is a real folder (or does not exist yet). */
  private boolean insideOutput(String rel) {
    return live.of(LiveFolders.parentOf(rel)) != LiveFolders.State.BLOCKED;
  }


  private void deleteEmptyParents(Path dir) throws IOException {
    while (dir != null && !dir.equals(output) && dir.startsWith(output)) {
      // Gone already: emptied by the deletion of a file beside this one, with its parents.
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
        if (s.iterator().hasNext()) return;
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }

  private static boolean holdsForeignFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> !NEUTRAL.contains(p.getFileName().toString()));
    }
  }

  /** Deletes a tree without following symbolic links out of it. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
        for (Path p : entries) deleteTree(p);
      }
    }
    Files.delete(root);
  }
}
