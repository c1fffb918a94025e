package gen.cli;

import gen.site.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say what to build and where: shared by {@code build} and {@code serve}. */
final class SiteInputs {
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

  @Option(names = "--force", description = "Build into an output folder that gen did not make.")
  boolean force;

  @Option(names = {"-j", "--jobs"}, defaultValue = "0", description = "Threads to use; 0 = one per core (default).")
  int jobs;

  /** The build options, or empty after printing why they are unusable (a usage error, exit 2). */
  Optional<BuildOptions> options(PrintWriter err) {
    Optional<String> base = Optional.ofNullable(baseUrl);
    if (base.isPresent() && !base.get().matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
      err.println("gen: --base-url must be an absolute http(s) URL, got: " + baseUrl);
      return Optional.empty();
    }
    if (jobs < 0) {
      err.println("gen: --jobs must be 0 or more, got: " + jobs);
      return Optional.empty();
    }
    Optional<String> outputProblem = OutputFolderCheck.problem(output);
    if (outputProblem.isPresent()) {
      err.println("gen: " + outputProblem.get());
      return Optional.empty();
    }
    return Optional.of(new BuildOptions(input, output, templates, base, title, drafts, force, jobs));
  }
}
