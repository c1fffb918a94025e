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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  @Option(names = {"-j", "--jobs"}, defaultValue = "0", description = "Threads to use; 0 = one per core (default).")
  int jobs;

  /** One file's outcome: its article (if any) and the problems found, printed in file order. */
  private record Outcome(Optional<Article> article, Diagnostics diagnostics) {}

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArchiveLoader loader = new ArchiveLoader();
    int threads = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gen-extract");
      t.setDaemon(true);
      return t;
    });
    // Files are extracted in parallel but printed in the order given; at most a few per thread
    // are held at once, so a long list does not fill the memory.
    int window = threads * 4;
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    int failed = 0;
    try {
      for (Path file : files) {
        pending.add(pool.submit(() -> extract(loader, file)));
        if (pending.size() >= window) failed += print(pending.poll(), stdout, err);
      }
      while (!pending.isEmpty()) failed += print(pending.poll(), stdout, err);
    } finally {
      pool.shutdownNow();
    }
    stdout.flush();
    return failed > 0 ? 1 : 0;
  }

  private static Outcome extract(ArchiveLoader loader, Path file) {
    Diagnostics diagnostics = new Diagnostics();
    if (!Files.isRegularFile(file)) {
      // A named pipe would block the read for ever; a folder is no article.
      diagnostics.error(file.toString(), Files.exists(file) ? "not a regular file" : "not found");
      return new Outcome(Optional.empty(), diagnostics);
    }
    try {
      SourceFile sf = new SourceFile(file, file.toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
      return new Outcome(loader.loadOne(sf, diagnostics), diagnostics);
    } catch (IOException e) {
      diagnostics.error(file.toString(), "cannot read (" + e.getClass().getSimpleName() + ")");
      return new Outcome(Optional.empty(), diagnostics);
    }
  }

  /** Prints one outcome; returns 1 when the file gave no article. */
  private int print(Future<Outcome> future, PrintWriter stdout, PrintWriter err) throws InterruptedException {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    BuildCommand.report(outcome.diagnostics(), err);
    if (outcome.article().isEmpty()) return 1;
    var obj = ExtractionJson.of(outcome.article().get());
    if (json) {
      stdout.println(JSON.toJson(obj));
    } else {
      obj.remove("body_html");
      stdout.println(PRETTY.toJson(obj));
    }
    return 0;
  }
}
