package gen.site;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import gen.model.Diagnostics;
import gen.render.PageKeys;
import gen.render.PageSink;
import gen.render.RenderException;
import gen.render.SiteOptions;
import gen.render.SiteRenderer;
import gen.render.Templates;
import gen.render.Theme;
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
    ExtractionCache cache = state.extractionCache();
    List<Article> articles = loader.load(options.input(), options.threads(), diagnostics, listener, cache);
    clock.lap("load");
    Archive archive = ArchiveAssembler.assemble(articles, options.drafts());
    clock.lap("assemble");

    Theme theme = new Theme(Optional.of(options.templates()));
    SiteOptions site = new SiteOptions(options.title(), options.baseUrl(), SiteOptions.DEFAULT_PAGE_SIZE);
    PageKeys keys = PageKeys.of(state.templatesDigest(theme), state.previousPageKeys());
    SiteRenderer renderer = new SiteRenderer(new Templates(theme), site, options.threads(), keys);
    WriteSummary summary;
    try (SiteWriter writer = SiteWriter.open(options.output(), options.force())) {
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
      });
      clock.lap("render");
      for (Map.Entry<String, Theme.AssetSource> asset : theme.assets().entrySet()) {
        try (InputStream in = asset.getValue().open()) {
          writer.copy(asset.getKey(), in);
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
      cache.save();
      state.savePageKeys(keys.currentSorted());
      clock.lap("state");
    }
    for (String kept : summary.keptEdited()) {
      diagnostics.warning(
          options.output().resolve(kept).toString(), "kept: edited since gen wrote it, so not deleted");
    }
    return new BuildResult(archive.articles().size(), summary, (System.nanoTime() - start) / 1_000_000);
  }
}
