package gen.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import gen.check.ArchiveLinter;
import gen.config.ConfigException;
import gen.config.ConfigFile;
import gen.config.ConfigKey;
import gen.config.SiteConfig;
import gen.check.CheckReport;
import gen.check.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gen check}: lint the archive without writing a site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Find problems in the archive without building it.",
      "Checks for files that cannot be read, articles with no title, date or source, "
          + "fields gen had to guess, dates in the future, two articles wanting one page name, the same article saved twice "
          + "(exactly or nearly, by content), broken links inside the site, and template errors.",
      "One line per finding (file: level: reason), then a summary. Exit code 1 if there is an error (with --strict, a warning too)."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar check",
      "  # in CI: fail on warnings too, and print only the problems:",
      "  java -jar gen.jar check --strict --quiet",
      "  java -jar gen.jar check --json > findings.json"
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: gen.yaml in the working folder, when there is one). Options given here win over it.")
  Path config;

  @Option(names = {"-i", "--input"}, description = "Folder of articles (default: gen.yaml's input, else seeds).")
  Path input;

  @Option(names = {"-t", "--templates"}, description = "Theme folder to try rendering with (default: gen.yaml's templates, else templates).")
  Path templates;

  @Option(names = "--strict", description = "Exit with 1 on warnings too.")
  boolean strict;

  @Option(names = "--json", description = "Print one JSON document: {\"files\", \"articles\", \"errors\", \"warnings\", \"infos\", \"findings\": [{\"file\", \"level\", \"code\", \"message\"}]}.")
  boolean json;

  @Option(names = "--no-info", negatable = false, description = "Leave out info findings (fields gen had to guess).")
  boolean noInfo;

  @Option(names = {"-j", "--jobs"}, description = "Threads to use; 0 = one per core (default: gen.yaml's jobs, else 0).")
  Integer jobs;

  @Mixin OutputOptions out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SiteConfig settings;
    try {
      settings = ConfigFile.find(Optional.ofNullable(config));
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (jobs != null && jobs < 0) {
      err.println("gen: --jobs must be 0 or more, got: " + jobs);
      return 2;
    }
    CheckReport report;
    try {
      int n = SiteInputs.pick(jobs, settings.count(ConfigKey.JOBS).stream().boxed().findFirst(), 0);
      int threads = n > 0 ? n : Runtime.getRuntime().availableProcessors();
      report = new ArchiveLinter().check(
          SiteInputs.pick(input, settings.path(ConfigKey.INPUT), Path.of("seeds")),
          SiteInputs.pick(templates, settings.path(ConfigKey.TEMPLATES), Path.of("templates")),
          threads, LocalDate.now());
    } catch (NoSuchFileException e) {
      err.println("gen: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("gen: check failed: " + e.getMessage());
      if (out.verbose) e.printStackTrace(err);
      return 1;
    }
    long errors = report.count(Finding.Level.ERROR);
    long warnings = report.count(Finding.Level.WARNING);
    long infos = report.count(Finding.Level.INFO);
    if (json) {
      stdout.println(toJson(report));
    } else {
      for (Finding f : report.findings()) {
        if (f.level() == Finding.Level.INFO && (noInfo || out.quiet)) continue;
        if (f.level() == Finding.Level.WARNING && out.quiet && !strict) continue;
        stdout.println(f.line());
      }
      if (!out.quiet || errors > 0 || (strict && warnings > 0)) stdout.println(summary(report, errors, warnings, infos));
    }
    stdout.flush();
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }

  static String summary(CheckReport r, long errors, long warnings, long infos) {
    return String.format(Locale.ROOT, "Checked %,d article%s in %,d file%s: %,d error%s, %,d warning%s, %,d info",
        r.articles(), r.articles() == 1 ? "" : "s", r.files(), r.files() == 1 ? "" : "s",
        errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos);
  }

  static String toJson(CheckReport r) {
    JsonObject doc = new JsonObject();
    doc.addProperty("files", r.files());
    doc.addProperty("articles", r.articles());
    doc.addProperty("errors", r.count(Finding.Level.ERROR));
    doc.addProperty("warnings", r.count(Finding.Level.WARNING));
    doc.addProperty("infos", r.count(Finding.Level.INFO));
    JsonArray list = new JsonArray();
    for (Finding f : r.findings()) {
      JsonObject o = new JsonObject();
      o.addProperty("file", f.file());
      o.addProperty("level", f.level().label());
      o.addProperty("code", f.code());
      o.addProperty("message", f.message());
      list.add(o);
    }
    doc.add("findings", list);
    return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(doc);
  }
}
