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
import gen.render.SiteRenderer;
import gen.render.Templates;
import gen.render.Theme;
import gen.search.SearchHistory;
import gen.search.SearchState;
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

/** The pipeline: discover -> read -> extract -> assemble -> render -> write. */
public final class SiteBuilder {
  private final ArchiveLoader loader = new ArchiveLoader();

  public BuildResult build(BuildOptions options, Diagnostics diagnostics)
      throws IOException, RenderException, OutputRefusedException {
    return build(options, diagnostics, BuildListener.NONE);
  }

  public BuildResult build(BuildOptions options, Diagnostics diagnostics, BuildListener listener)
      throws IOException, RenderException, OutputRefusedException {
    long start = System.nanoTime();
    PhaseClock clock = PhaseClock.fromEnvironment();
    if (!Files.isDirectory(options.input())) {
      throw new NoSuchFileException(options.input() + ": input folder not found");
    }
    BuildState state = new BuildState(options.output(), CodeVersion.current());
    // Read while the input folder is walked: both take a tenth of a second at 10,000 articles.
    // Then, on the same thread, what the previous build left for rendering: page keys and search
    // state, another tenth that the main thread would otherwise wait for after assembling.
    CompletableFuture<ExtractionCache> reading = CompletableFuture.supplyAsync(state::extractionCache);
    CompletableFuture<Map<String, String>> previousKeys = reading.thenApplyAsync(c -> state.previousPageKeys());
    CompletableFuture<Optional<SearchState>> previousSearchState =
        previousKeys.thenApplyAsync(k -> state.previousSearchState());
    List<Article> loaded = loader.load(options.input(), options.threads(), diagnostics, listener, reading::join);
    ExtractionCache cache = reading.join();
    clock.lap("load");
    MediaIndex mediaIndex = state.mediaIndex();
    ArticleMedia media = new ArticleMedia(LocalMedia.under(options.input()), mediaIndex, diagnostics);
    List<Article> articles = media.attach(loaded);
    clock.lap("media");
    Archive archive = ArchiveAssembler.assemble(articles, options.drafts());
    clock.lap("assemble");

    Theme theme = new Theme(Optional.of(options.templates()));
    SiteOptions site = new SiteOptions(options.title(), options.baseUrl(), SiteOptions.DEFAULT_PAGE_SIZE);
    PageKeys keys = PageKeys.of(state.templatesDigest(theme), previousKeys.join());
    WriteSummary summary;
    try (SiteWriter writer = SiteWriter.open(options.output(), options.force())) {
      Optional<SearchState> previousSearch = previousSearchState.join();
      SearchState[] searchState = new SearchState[1];
      SiteRenderer renderer = new SiteRenderer(new Templates(theme), site, options.threads(), keys, new SearchHistory() {
        @Override
        public Optional<SearchState> previous() {
          return previousSearch;
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
          searchState[0] = s;
        }
      });
      renderer.render(archive, new PageSink() {
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
      });
      clock.lap("render");
      for (Map.Entry<String, Theme.AssetSource> asset : theme.assets().entrySet()) {
        try (InputStream in = asset.getValue().open()) {
          writer.copy(asset.getKey(), in);
        }
      }
      for (Map.Entry<String, LocalMedia.Found> copy : media.copies().entrySet()) {
        if (media.unchanged(copy.getKey()) && writer.keep(copy.getKey())) continue;
        try {
          writer.write(copy.getKey(), LocalMedia.read(copy.getValue()));
        } catch (java.nio.file.NoSuchFileException e) {
          diagnostics.warning(Discovery.relative(options.input().toRealPath(), copy.getValue().file()),
              "picture not copied: removed during the build");
        }
      }
      // GitHub Pages would otherwise run Jekyll over the site and hide files starting with "_".
      writer.write(".nojekyll", new byte[0]);
      // A custom domain for GitHub Pages travels with the archive: input/CNAME -> site/CNAME.
      java.nio.file.Path cname = options.input().resolve("CNAME");
      if (Files.isRegularFile(cname)) writer.write("CNAME", Files.readAllBytes(cname));
      summary = writer.commit();
      clock.lap("commit");
      // After the commit, so that a failed build leaves the previous build's state with its site.
      // The cache's shards on other threads, beside the rest: four files that do not depend on
      // each other.
      CompletableFuture<Void> savingCache = CompletableFuture.runAsync(() -> {
        try {
          cache.save();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      mediaIndex.save();
      state.savePageKeys(keys.currentKeys());
      if (searchState[0] != null) state.saveSearchState(searchState[0]);
      try {
        savingCache.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof java.io.UncheckedIOException u) throw u.getCause();
        throw e;
      }
      clock.lap("state");
    }
    for (String kept : summary.keptEdited()) {
      diagnostics.warning(
          options.output().resolve(kept).toString(), "kept: edited since gen wrote it, so not deleted");
    }
    return new BuildResult(archive.articles().size(), summary, (System.nanoTime() - start) / 1_000_000);
  }
}
