package gen.site;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import gen.model.Diagnostics;
import gen.read.Discovery;
import gen.read.LocalMedia;
import gen.render.PageKeys;
import gen.render.PageSink;
import gen.render.RenderException;
import gen.render.SiteOptions;
import gen.render.SearchPages;
import gen.render.SiteRenderer;
import gen.render.TemplateDigests;
import gen.render.Templates;
import gen.render.Theme;
import gen.search.SearchHistory;
import gen.search.SearchState;
import gen.state.BuildLock;
import gen.write.OutputRefusedException;
import gen.write.SiteWriter;
import gen.write.WriteSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** The pipeline: discover -> read -> extract -> assemble -> render -> write. */
public final class SiteBuilder {
  private final ArchiveLoader loader = new ArchiveLoader();

  public BuildResult build(BuildOptions options, Diagnostics diagnostics)
      throws IOException, RenderException, OutputRefusedException {
    return build(options, diagnostics, BuildListener.NONE);
  }

  /**
   * Builds the site. Builds of one output folder run one after the other, in this JVM or any
   * other: the folder's {@link BuildLock} is held from before the previous build's state is read
   * to after this build's is saved.
   */
  public BuildResult build(BuildOptions options, Diagnostics diagnostics, BuildListener listener)
      throws IOException, RenderException, OutputRefusedException {
    long start = System.nanoTime();
    if (!Files.isDirectory(options.input())) {
      throw new NoSuchFileException(options.input() + ": input folder not found");
    }
    // Before the lock, which makes the state folder: a refused build leaves nothing behind.
    SiteWriter.checkAccepted(options.output(), options.force());
    try (BuildLock lock = BuildLock.acquire(options.output(), () -> listener.waiting(options.output()))) {
      return buildLocked(options, diagnostics, listener, start);
    }
  }

  /** What state is tied to beside the site it was saved with: the options that shape the site. */
  static String builtFrom(BuildOptions options) {
    return new gen.text.Fingerprint()
        .add(options.input().toAbsolutePath().normalize().toString()).add("\0")
        .add(options.templates().toAbsolutePath().normalize().toString()).add("\0")
        .add(options.baseUrl().orElse("\u0001none")).add("\0")
        .add(options.title()).add("\0")
        .add(Boolean.toString(options.drafts()))
        .hex();
  }

  private BuildResult buildLocked(BuildOptions options, Diagnostics diagnostics, BuildListener listener, long start)
      throws IOException, RenderException, OutputRefusedException {
    PhaseClock clock = PhaseClock.fromEnvironment();
    BuildState state = new BuildState(options.output(), CodeVersion.current(), builtFrom(options));
    // Read while the input folder is walked: both take a tenth of a second at 10,000 articles.
    // Then what the previous build left for rendering: page keys and search state on one thread,
    // what its pages were arranged from on another; a tenth more that the main thread would
    // otherwise wait for after assembling.
    CompletableFuture<ExtractionCache> reading = CompletableFuture.supplyAsync(state::extractionCache);
    CompletableFuture<Map<String, String>> previousKeys = reading.thenApplyAsync(c -> state.previousPageKeys());
    CompletableFuture<Optional<SearchState>> previousSearchState =
        previousKeys.thenApplyAsync(k -> state.previousSearchState());
    CompletableFuture<Optional<PageKeys.Inputs>> previousInputs =
        reading.thenApplyAsync(c -> state.previousPageInputs());
    List<Article> loaded = loader.load(options.input(), options.threads(), diagnostics, listener, reading::join);
    ExtractionCache cache = reading.join();
    clock.lap("load");
    MediaIndex mediaIndex = state.mediaIndex();
    ArticleMedia media = new ArticleMedia(LocalMedia.under(options.input()), mediaIndex, diagnostics);
    List<Article> articles = media.attach(loaded);
    clock.lap("media");
    // Freemarker is set up while the archive is assembled: a rebuild's twentieth of a second that
    // depends on nothing assembled. Each template's digest (for page keys) is read when first asked.
    Theme theme = new Theme(Optional.of(options.templates()));
    CompletableFuture<Templates> templates = CompletableFuture.supplyAsync(() -> new Templates(theme));
    TemplateDigests templateDigests = state.templateDigests(theme);
    WriteSummary summary;
    Archive archive;
    try (SiteWriter writer = SiteWriter.open(options.output(), options.force())) {
      // The cache's changed shards are encoded on a thread of their own while the archive is
      // assembled and rendered (the writer's lock keeps other builds out of the folder), and put in
      // place only once the site is committed: most of a first build's last half second, moved to
      // where a core has time for it.
      CompletableFuture<ExtractionCache.Prepared> preparedCache = inBackground(() -> cache.prepare(false));
      try (SearchPages search = new SearchPages()) {
        PageSink out = pageSink(writer, listener);
        AtomicReference<SearchState> searchState = new AtomicReference<>();
        SearchHistory history = searchHistory(previousSearchState, cache, writer, searchState);
        List<Article> ordered = ArchiveAssembler.order(articles, options.drafts());
        // The search index needs only the articles in order: with a core to spare it is built while
        // the rest of the archive is assembled, a part of a build where the other core has little to do.
        if (options.threads() > 1) search.start(ordered, history, out);
        archive = ArchiveAssembler.assemble(ordered);
        clock.lap("assemble");
        Written written = write(archive, writer, out, history, search, searchState, new Rendering(options, theme,
            templates, templateDigests, previousKeys, previousInputs, media, diagnostics, clock));
        summary = written.summary();
        clock.lap("commit");
        // After the commit, so that a failed build leaves the previous build's state with its site.
        saveState(state, written, preparedCache, mediaIndex, diagnostics);
        clock.lap("state");
      } catch (IOException | RenderException | RuntimeException | Error e) {
        // Waited for, so that nothing writes into the folder once the writer has released it.
        preparedCache.handle((prepared, failure) -> {
          if (prepared != null) prepared.discard();
          return null;
        }).join();
        throw e;
      }
    }
    for (String kept : summary.keptEdited()) {
      diagnostics.warning(
          options.output().resolve(kept).toString(), "kept: edited since gen wrote it, so not deleted");
    }
    return new BuildResult(archive.articles().size(), summary, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Saves what the next build needs, once the site is committed: files that do not depend on each
   * other, each on its own thread but the smallest. The new site is live by now, so a failure here
   * (a full disk) is a warning, not a failed build: each part of the state is tied to the site it
   * was saved with, so a part left from an earlier build is not used, and the next build does that
   * part's work again.
   */
  private static void saveState(BuildState state, Written written, CompletableFuture<ExtractionCache.Prepared> preparedCache,
      MediaIndex mediaIndex, Diagnostics diagnostics) {
    String manifest = written.manifestPrint();
    List<CompletableFuture<Void>> saves = List.of(
        saving(() -> joined(preparedCache).publish()),
        saving(() -> state.savePageKeys(written.keys().currentKeys(), manifest)),
        savingIfAny(written.keys().currentInputs(), inputs -> state.savePageInputs(inputs, manifest)),
        savingIfAny(written.search(), search -> state.saveSearchState(search, manifest)),
        CompletableFuture.completedFuture(null));
    Optional<Exception> failure = Optional.empty();
    try {
      mediaIndex.save();
    } catch (IOException | RuntimeException e) {
      failure = Optional.of(e);
    }
    // Every one waited for, failed or not: nothing may write into the state folder once the lock is released.
    for (CompletableFuture<Void> save : saves) {
      try {
        joined(save);
      } catch (IOException | RuntimeException e) {
        if (failure.isEmpty()) failure = Optional.of(e);
      }
    }
    failure.ifPresent(e -> diagnostics.warning(state.folder().toString(),
        "the site is built, but the state kept for the next build was not saved (" + reason(e)
            + "); the next build redoes that work"));
  }

  /** An I/O failure in a few words: what failed on which file, without Java's names. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      String what = f instanceof NoSuchFileException ? "file gone" : f.getReason() != null ? f.getReason() : "cannot write";
      return what + ": " + f.getFile();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** What rendering needs beside the archive and the writer. */
  private record Rendering(BuildOptions options, Theme theme, CompletableFuture<Templates> templates,
      TemplateDigests templateDigests, CompletableFuture<Map<String, String>> previousKeys,
      CompletableFuture<Optional<PageKeys.Inputs>> previousInputs,
      ArticleMedia media, Diagnostics diagnostics, PhaseClock clock) {}

  /**
   * A committed site: what the writer did, the fingerprint of the manifest it committed, the pages'
   * keys and the search index's state to keep.
   */
  private record Written(WriteSummary summary, String manifestPrint, PageKeys keys, Optional<SearchState> search) {}

  /** Where the pages go: the writer, each one told to the listener. */
  private static PageSink pageSink(SiteWriter writer, BuildListener listener) {
    return new PageSink() {
      @Override
      public void page(String path, String content) throws IOException {
        writer.write(path, content);
        listener.rendered(path);
      }

      @Override
      public boolean keep(String path) throws IOException {
        boolean kept = writer.keep(path);
        if (kept) listener.rendered(path);
        return kept;
      }

      @Override
      public boolean canKeep(String path) throws IOException {
        return writer.canKeep(path);
      }
    };
  }

  /** What the previous build left of the search index, and where this build's state is kept. */
  private static SearchHistory searchHistory(CompletableFuture<Optional<SearchState>> previousSearchState,
      ExtractionCache cache, SiteWriter writer, AtomicReference<SearchState> remembered) {
    return new SearchHistory() {
      @Override
      public Optional<SearchState> previous() {
        return previousSearchState.join();
      }

      @Override
      public Optional<String> previousText(String file) {
        return cache.previousBodyText(file);
      }

      @Override
      public Optional<String> previousFile(String path) throws IOException {
        return writer.previousContent(path);
      }

      @Override
      public void remember(SearchState s) {
        remembered.set(s);
      }
    };
  }

  /** Renders the archive, copies the theme's assets and the articles' pictures, and commits the site. */
  private static Written write(Archive archive, SiteWriter writer, PageSink out, SearchHistory history,
      SearchPages search, AtomicReference<SearchState> searchState, Rendering r) throws IOException, RenderException {
    BuildOptions options = r.options();
    SiteOptions site = new SiteOptions(options.title(), options.baseUrl(), options.presentation());
    PageKeys keys = PageKeys.of(r.templateDigests()::of, r.previousKeys().join(), r.previousInputs().join());
    SiteRenderer renderer = new SiteRenderer(joined(r.templates()), site, options.threads(), keys, history);
    renderer.render(archive, out, search);
    r.clock().lap("render");
    for (Map.Entry<String, Theme.AssetSource> asset : r.theme().assets().entrySet()) {
      try (InputStream in = asset.getValue().open()) {
        writer.copy(asset.getKey(), in);
      }
    }
    ArticleMedia media = r.media();
    for (Map.Entry<String, LocalMedia.Found> copy : media.copies().entrySet()) {
      if (media.unchanged(copy.getKey()) && writer.keep(copy.getKey())) continue;
      try {
        writer.write(copy.getKey(), LocalMedia.read(copy.getValue()));
      } catch (java.nio.file.NoSuchFileException e) {
        r.diagnostics().warning(Discovery.relative(options.input().toRealPath(), copy.getValue().file()),
            "picture not copied: removed during the build");
      }
    }
    // GitHub Pages would otherwise run Jekyll over the site and hide files starting with "_".
    writer.write(".nojekyll", new byte[0]);
    // A custom domain for GitHub Pages travels with the archive: input/CNAME -> site/CNAME.
    java.nio.file.Path cname = options.input().resolve("CNAME");
    if (Files.isRegularFile(cname)) writer.write("CNAME", Files.readAllBytes(cname));
    WriteSummary summary = writer.commit();
    return new Written(summary, writer.manifestPrint(), keys, Optional.ofNullable(searchState.get()));
  }

  /** Work that reads or writes files, on another thread. */
  private interface Work<T> {
    T run() throws IOException;
  }

  private static <T> CompletableFuture<T> inBackground(Work<T> work) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return work.run();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** Something that saves part of the build's state. */
  private interface Save {
    void run() throws IOException;
  }

  /** Something that saves a part of the build's state that a build may not have. */
  private interface SaveValue<T> {
    void save(T value) throws IOException;
  }

  private static <T> CompletableFuture<Void> savingIfAny(Optional<T> value, SaveValue<T> save) {
    return value.isEmpty() ? CompletableFuture.completedFuture(null) : saving(() -> save.save(value.get()));
  }

  private static CompletableFuture<Void> saving(Save save) {
    return inBackground(() -> {
      save.run();
      return null;
    });
  }

  /** The value of work done on another thread; its failure is raised here, as it was raised there. */
  private static <T> T joined(CompletableFuture<T> work) throws IOException {
    try {
      return work.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof java.io.UncheckedIOException u) throw u.getCause();
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }
}
