package gen.cli;

import gen.config.ConfigException;
import gen.config.ConfigFile;
import gen.config.ConfigKey;
import gen.config.SiteConfig;
import gen.render.Presentation;
import gen.site.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that say what to build and where: shared by {@code build} and {@code serve}. Each
 * one not given on the command line comes from the configuration file ({@code gen.yaml}), else
 * from gen's default: the command line wins.
 */
final class SiteInputs {
  static final String DEFAULT_TITLE = "News archive";

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: gen.yaml in the working folder, when there is one). Options given here win over it.")
  Path config;

  @Option(names = {"-i", "--input"}, description = "Folder of articles (default: gen.yaml's input, else seeds).")
  Path input;

  @Option(names = {"-o", "--output"}, description = "Folder to write the site to (default: gen.yaml's output, else site).")
  Path output;

  @Option(names = {"-t", "--templates"},
      description = "Theme folder; files here replace the built-in theme's, one by one (default: gen.yaml's templates, else templates).")
  Path templates;

  @Option(names = "--base-url", description = "Absolute URL the site will be published at, e.g. https://me.github.io/news/. Used for the feed, sitemap and canonical links.")
  String baseUrl;

  @Option(names = "--title", description = "Site title (default: gen.yaml's title, else \"" + DEFAULT_TITLE + "\").")
  String title;

  @Option(names = "--drafts", negatable = true,
      description = "Include articles marked draft: true; --no-drafts leaves them out whatever gen.yaml says.")
  Boolean drafts;

  @Option(names = "--force", description = "Build into an output folder that gen did not make.")
  boolean force;

  @Option(names = {"-j", "--jobs"}, description = "Threads to use; 0 = one per core (default: gen.yaml's jobs, else 0).")
  Integer jobs;

  /** The settings file as read by the last {@link #options} call; {@link SiteConfig#NONE} before. */
  private SiteConfig settings = SiteConfig.NONE;

  /**
   * The build options, read afresh from the command line and the settings file, or empty after
   * printing why they are unusable (a usage error, exit 2).
   */
  Optional<BuildOptions> options(PrintWriter err) {
    try {
      return Optional.of(resolve());
    } catch (ConfigException e) {
      err.println(e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  /** The settings of the last successful {@link #options} call. */
  SiteConfig settings() {
    return settings;
  }

  /** The build options; the exception's message is the one line to print. */
  BuildOptions resolve() throws ConfigException {
    SiteConfig file = ConfigFile.find(Optional.ofNullable(config));
    Optional<String> base = Optional.ofNullable(baseUrl);
    if (base.isPresent() && !base.get().matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
      throw new ConfigException("gen: --base-url must be an absolute http(s) URL, got: " + baseUrl);
    }
    if (jobs != null && jobs < 0) throw new ConfigException("gen: --jobs must be 0 or more, got: " + jobs);
    Path out = pick(output, file.path(ConfigKey.OUTPUT), Path.of("site"));
    Optional<String> outputProblem = OutputFolderCheck.problem(out);
    if (outputProblem.isPresent()) throw new ConfigException("gen: " + outputProblem.get());
    settings = file;
    return new BuildOptions(
        pick(input, file.path(ConfigKey.INPUT), Path.of("seeds")),
        out,
        pick(templates, file.path(ConfigKey.TEMPLATES), Path.of("templates")),
        base.or(() -> file.text(ConfigKey.BASE_URL)),
        pick(title, file.text(ConfigKey.TITLE), DEFAULT_TITLE),
        pick(drafts, file.flag(ConfigKey.DRAFTS), false),
        force,
        jobs != null ? jobs : file.count(ConfigKey.JOBS).orElse(0),
        presentation(file));
  }

  /** What the settings file says of the site's look; the command line has no option for these. */
  static Presentation presentation(SiteConfig file) {
    int pageSize = file.count(ConfigKey.PAGE_SIZE).orElse(Presentation.DEFAULT_PAGE_SIZE);
    return new Presentation(
        file.text(ConfigKey.DESCRIPTION).orElse(""),
        file.text(ConfigKey.LANGUAGE).orElse(Presentation.DEFAULT_LANGUAGE),
        file.text(ConfigKey.AUTHOR).orElse(""),
        file.text(ConfigKey.COPYRIGHT).orElse(""),
        pageSize,
        file.count(ConfigKey.LIST_PAGE_SIZE).orElse(Presentation.titlesFor(pageSize)),
        file.count(ConfigKey.FEED_ENTRIES).orElse(Presentation.DEFAULT_FEED_ENTRIES));
  }

  /** The command line's value, else the file's, else the default. */
  static <T> T pick(T given, Optional<T> fromFile, T byDefault) {
    return given != null ? given : fromFile.orElse(byDefault);
  }
}
