package gen.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import gen.extract.ExtractionJson;
import gen.model.Article;
import gen.model.Diagnostics;
import gen.model.SourceFile;
import gen.site.ArchiveLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gen extract}: what gen reads out of articles, for debugging an archive. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the metadata gen extracts from article files, with where each field came from.",
    footer = {"", "Examples:", "  java -jar gen.jar extract seeds/000_883328fdf6cbbe4f.txt", "  java -jar gen.jar extract --json seeds/*.txt > meta.jsonl"})
public final class ExtractCommand implements Callable<Integer> {
  private static final Gson JSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
  private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.txt, .md, .html).")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per line per file (for tools).")
  boolean json;

  @Mixin OutputOptions out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArchiveLoader loader = new ArchiveLoader();
    int failed = 0;
    for (Path file : files) {
      Diagnostics diagnostics = new Diagnostics();
      Optional<Article> article = Optional.empty();
      if (!Files.isRegularFile(file)) {
        diagnostics.error(file.toString(), "not found");
      } else {
        try {
          SourceFile sf = new SourceFile(file, file.toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
          article = loader.loadOne(sf, diagnostics);
        } catch (IOException e) {
          diagnostics.error(file.toString(), "cannot read (" + e.getClass().getSimpleName() + ")");
        }
      }
      BuildCommand.report(diagnostics, err);
      if (article.isEmpty()) {
        failed++;
        continue;
      }
      var obj = ExtractionJson.of(article.get());
      if (json) {
        stdout.println(JSON.toJson(obj));
      } else {
        obj.remove("body_html");
        stdout.println(PRETTY.toJson(obj));
      }
    }
    stdout.flush();
    return failed > 0 ? 1 : 0;
  }
}
