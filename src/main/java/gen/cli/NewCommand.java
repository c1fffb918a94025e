package gen.cli;

import gen.scaffold.NewArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen new}: a new Markdown article with its front matter filled in. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a new article, ready to fill in.",
      "Write a new Markdown article, <input>/<yyyy-mm-dd>-<slug>.md, with its front matter filled in (title, date, authors, source, url, tags), and print its path.",
      "An existing file is never overwritten."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar new \"Parliament passes the budget\"",
      "  java -jar gen.jar new \"Floods in the north\" --date 2024-05-03 --source bbc.co.uk --tag weather --tag floods"
    })
public final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "HEADLINE", description = "The article's headline.")
  String headline;

  @Option(names = {"-i", "--input"}, description = "Folder of articles to write into (default: gen.yaml's input, else seeds).")
  Path input;

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: gen.yaml in the working folder, when there is one).")
  Path config;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
  LocalDate date;

  @Option(names = "--source", defaultValue = "", description = "Where it was published: a name, a domain or a URL.")
  String source;

  @Option(names = "--url", defaultValue = "", description = "The original article's address.")
  String url;

  @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more.")
  List<String> tags = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (headline.isBlank()) {
      err.println("gen: the headline is empty");
      return 2;
    }
    Path folder;
    try {
      folder = SiteInputs.pick(input,
          gen.config.ConfigFile.find(java.util.Optional.ofNullable(config)).path(gen.config.ConfigKey.INPUT), Path.of("seeds"));
    } catch (gen.config.ConfigException e) {
      err.println(e.getMessage());
      return 2;
    }
    NewArticle article =
        new NewArticle(headline, date != null ? date : LocalDate.now(), source.strip(), url.strip(), tags);
    try {
      Path file = article.writeInto(folder);
      out.println(file);
      out.flush();
      return 0;
    } catch (FileAlreadyExistsException e) {
      err.println("gen: " + e.getFile() + ": already exists; not overwritten (choose another headline or --date)");
    } catch (IOException e) {
      err.println("gen: cannot write into " + folder + ": " + e.getMessage());
    }
    return 1;
  }
}
