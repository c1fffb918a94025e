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
import java.nio.file.Path;
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
    description = "Build the site: articles in the input folder -> pages in the output folder.",
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar build",
      "  java -jar gen.jar build --input archive --output public --base-url https://me.github.io/news/"
    })
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--input"}, defaultValue = "seeds", description = "Folder of articles (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = {"-o", "--output"}, defaultValue = "site", description = "Folder to write the site to (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = {"-t", "--templates"}, defaultValue = "templates",
      description = "Theme folder; files here replace the built-in theme's, one by one (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--base-url", description = "Absolute URL the site will be published at, e.g. https://me.github.io/news/. Used for the feed, sitemap and canonical links.")
  String baseUrl;

  @Option(names = "--title", defaultValue = "News archive", description = "Site title (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--drafts", description = "Include articles marked draft: true.")
  boolean drafts;

  @Option(names = "--strict", description = "Exit with 1 on warnings too, not only on errors.")
  boolean strict;

  @Option(names = "--force", description = "Build into an output folder that gen did not make.")
  boolean force;

  @Option(names = {"-j", "--jobs"}, defaultValue = "0", description = "Threads to use; 0 = one per core (default).")
  int jobs;

  @Mixin OutputOptions out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<String> base = Optional.ofNullable(baseUrl);
    if (base.isPresent() && !base.get().matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
      err.println("gen: --base-url must be an absolute http(s) URL, got: " + baseUrl);
      return 2;
    }
    Diagnostics diagnostics = new Diagnostics();
    BuildOptions options = new BuildOptions(input, output, templates, base, title, drafts, force, jobs);
    BuildResult result;
    try {
      result = new SiteBuilder().build(options, diagnostics);
    } catch (NoSuchFileException e) {
      report(diagnostics, err);
      err.println("gen: " + e.getMessage());
      return 1;
    } catch (OutputRefusedException | RenderException e) {
      report(diagnostics, err);
      err.println("gen: " + e.getMessage());
      if (out.verbose) e.printStackTrace(err);
      return 1;
    } catch (IOException e) {
      report(diagnostics, err);
      err.println("gen: build failed: " + e.getMessage());
      if (out.verbose) e.printStackTrace(err);
      return 1;
    }
    report(diagnostics, err);
    long errors = diagnostics.errorCount();
    long warnings = diagnostics.warningCount();
    if (!out.quiet) {
      stdout.printf(
          Locale.ROOT,
          "Built %,d article%s into %s: %,d files, %,d written, %,d unchanged, %,d removed in %.1f s%s%n",
          result.articles(), result.articles() == 1 ? "" : "s", output, result.write().files(),
          result.write().written(), result.write().unchanged(), result.write().deleted(),
          result.millis() / 1000.0,
          (errors + warnings) > 0 ? "; " + problems(errors, warnings) : "");
    }
    stdout.flush();
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }

  private static String problems(long errors, long warnings) {
    StringBuilder sb = new StringBuilder();
    if (errors > 0) sb.append(errors).append(errors == 1 ? " file skipped" : " files skipped");
    if (warnings > 0) sb.append(sb.length() > 0 ? ", " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    return sb.toString();
  }

  static void report(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics.all()) err.println(d.line());
    err.flush();
  }
}
