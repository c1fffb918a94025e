package gen.cli;

import gen.scaffold.NewArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen init}: a new archive folder, ready to build and publish. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Start a new archive, ready to build and publish on GitHub Pages.",
      "Create a new archive in DIR: seeds/ with an example article, templates/ with the default theme to customize, "
          + "the settings file gen.yaml (with the title), a .gitignore, a README, a GitHub Pages workflow "
          + "(.github/workflows/pages.yml) that reads gen.yaml, and a copy of gen.jar for it.",
      "DIR must be new or empty."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar init my-archive",
      "  java -jar gen.jar init news --title \"Harbour Town news, 1990-2010\""
    })
public final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder to create the archive in.")
  Path dir;

  @Option(names = "--title", defaultValue = "News archive", description = "Site title, written to gen.yaml and the README (default: ${DEFAULT-VALUE}).")
  String title;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> files;
    try {
      files = new NewArchive(title, LocalDate.now(), runningJar()).createIn(dir);
    } catch (NewArchive.FolderNotEmptyException e) {
      err.println("gen: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("gen: cannot create the archive in " + dir + ": " + e.getMessage());
      return 1;
    }
    long theme = files.stream().filter(f -> f.startsWith("templates/")).count();
    out.println("Created a new archive in " + dir + ":");
    for (String f : files) if (!f.startsWith("templates/")) out.println("  " + f);
    out.println("  templates/ (" + theme + " files of the default theme)");
    out.println();
    out.println("Next:");
    out.println("  cd " + dir);
    out.println("  java -jar " + (files.contains("gen.jar") ? "gen.jar" : "path/to/gen.jar") + " serve");
    out.flush();
    return 0;
  }

  /** The jar this gen runs from; empty when it runs from a classes folder (tests, an IDE). */
  private static Optional<Path> runningJar() {
    try {
      var source = InitCommand.class.getProtectionDomain().getCodeSource();
      if (source == null) return Optional.empty();
      Path p = Path.of(source.getLocation().toURI());
      return p.getFileName() != null && p.getFileName().toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
