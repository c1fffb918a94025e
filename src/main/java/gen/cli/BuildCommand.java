package gen.cli;

import gen.model.Diagnostic;
import gen.model.Diagnostics;
import gen.render.RenderException;
import gen.site.BuildOptions;
import gen.site.BuildResult;
import gen.site.SiteBuilder;
import gen.write.OutputRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen build}: the input folder and templates to a site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Build the site: articles in the input folder -> pages in the output folder.",
      "Settings not given as options come from gen.yaml in the working folder, when there is one (see --config).",
      "On a terminal a progress bar shows for builds that take more than a moment; one summary line ends every build."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar build",
      "  java -jar gen.jar build --input archive --output public \\",
      "      --base-url https://me.github.io/news/",
      "  # in CI: print only problems, fail on warnings too:",
      "  java -jar gen.jar build --quiet --strict"
    })
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SiteInputs site;

  @Option(names = "--strict", description = "Exit with 1 on warnings too, not only on errors.")
  boolean strict;

  @Mixin OutputOptions out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<BuildOptions> options = site.options(err);
    if (options.isEmpty()) return 2;
    Diagnostics diagnostics = new Diagnostics();
    BuildProgress progress =
        new BuildProgress(err, BuildProgress.styleFor(out.quiet, Terminal.detect()), System::currentTimeMillis);
    Optional<BuildResult> result = build(options.get(), diagnostics, progress, err, out.verbose).result();
    progress.finish();
    report(diagnostics, err);
    if (result.isEmpty()) return 1;
    long errors = diagnostics.errorCount();
    long warnings = diagnostics.warningCount();
    if (!out.quiet) {
      stdout.println(summary(result.get(), progress.pages(), errors, warnings));
      if (out.verbose) {
        BuildResult r = result.get();
        stdout.printf(Locale.ROOT, "%s: %,d files, %,d written, %,d unchanged, %,d removed%n",
            options.get().output(), r.write().files(), r.write().written(), r.write().unchanged(), r.write().deleted());
      }
    }
    stdout.flush();
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }

  /** One build's outcome: a result, or the exception that stopped it (already printed). */
  record Attempt(Optional<BuildResult> result, Optional<Exception> failure) {}

  /**
   * Runs one build; on failure prints one line (and the stack trace if verbose). Shared with
   * {@code serve}.
   */
  static Attempt build(
      BuildOptions options, Diagnostics diagnostics, gen.site.BuildListener listener, PrintWriter err, boolean verbose) {
    try {
      return new Attempt(Optional.of(new SiteBuilder().build(options, diagnostics, listener)), Optional.empty());
    } catch (NoSuchFileException e) {
      err.println("gen: " + gen.model.OneLine.of(String.valueOf(e.getMessage())));
      return failed(e, err);
    } catch (OutputRefusedException | RenderException e) {
      err.println("gen: " + gen.model.OneLine.of(String.valueOf(e.getMessage())));
      if (verbose) e.printStackTrace(err);
      return failed(e, err);
    } catch (IOException e) {
      err.println("gen: build failed: " + gen.model.OneLine.of(String.valueOf(e.getMessage())));
      if (verbose) e.printStackTrace(err);
      return failed(e, err);
    }
  }

  private static Attempt failed(Exception e, PrintWriter err) {
    err.flush();
    return new Attempt(Optional.empty(), Optional.of(e));
  }

  /** {@code Built 10,000 articles, 14,321 pages in 3.2 s, 12 files written; 2 skipped, 1 warning}. */
  static String summary(BuildResult r, int pages, long errors, long warnings) {
    int written = r.write().written();
    String line = String.format(Locale.ROOT, "Built %,d article%s, %,d page%s in %.1f s, %,d file%s written",
        r.articles(), r.articles() == 1 ? "" : "s", pages, pages == 1 ? "" : "s", r.millis() / 1000.0,
        written, written == 1 ? "" : "s");
    StringBuilder problems = new StringBuilder();
    if (errors > 0) problems.append(String.format(Locale.ROOT, "%,d skipped", errors));
    if (warnings > 0) {
      if (problems.length() > 0) problems.append(", ");
      problems.append(String.format(Locale.ROOT, "%,d warning%s", warnings, warnings == 1 ? "" : "s"));
    }
    return problems.length() == 0 ? line : line + "; " + problems;
  }

  static void report(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics.all()) err.println(d.line());
    err.flush();
  }
}
