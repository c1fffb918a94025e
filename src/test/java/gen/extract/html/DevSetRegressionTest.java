package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gen.model.Article;
import gen.model.Diagnostics;
import gen.model.SourceFile;
import gen.site.ArchiveLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keeps extraction quality on the shared development sets of saved pages from falling below the
 * level reached. Skipped, with a message, where the sets are not checked out beside the project.
 */
class DevSetRegressionTest {
  private static final Path EVAL = Path.of("..", "shared", "eval");

  /** The floors of one set: what was reached on it, minus a small margin for harmless changes. */
  private record Floors(double titleExact, double dateAccuracy, double authorsF1, double bodyF1) {}

  @Test
  void extractionStaysAtTheLevelReachedOnTheDevSet() throws IOException {
    assertSetAtLeast("dev", new Floors(0.98, 0.99, 0.915, 0.966));
  }

  @Test
  void extractionStaysAtTheLevelReachedOnTheSecondDevSet() throws IOException {
    assertSetAtLeast("dev2", new Floors(0.915, 0.88, 0.865, 0.96));
  }

  private static void assertSetAtLeast(String set, Floors floors) throws IOException {
    Path dev = EVAL.resolve(set);
    Path truthFile = dev.resolve("truth.jsonl");
    assumeTrue(Files.isRegularFile(truthFile),
        "eval set not found at " + dev.toAbsolutePath().normalize() + ": " + set + " regression test skipped");
    ArchiveLoader loader = new ArchiveLoader();
    DevSetScore score = new DevSetScore();
    for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonObject truth = JsonParser.parseString(line).getAsJsonObject();
      Path page = dev.resolve(truth.get("file").getAsString());
      SourceFile file = new SourceFile(page, truth.get("file").getAsString(), Files.size(page), Files.getLastModifiedTime(page).toInstant());
      Optional<Article> article = loader.loadOne(file, new Diagnostics());
      String title = article.map(a -> a.meta().title()).orElse("");
      String date = article.flatMap(a -> a.meta().published()).map(d -> d.iso()).orElse(null);
      List<String> authors = article.map(a -> a.meta().authors()).orElse(List.of());
      String body = article.map(Article::bodyText).orElse("");
      score.title(string(truth.get("title")), title);
      score.date(string(truth.get("date")), date);
      score.authors(strings(truth.get("authors")), authors);
      score.body(string(truth.get("body")), body);
    }
    String summary = score.toString();
    System.out.println(set + ": " + summary);
    assertTrue(score.titleExact() >= floors.titleExact(), set + ": " + summary);
    assertTrue(score.dateAccuracy() >= floors.dateAccuracy(), set + ": " + summary);
    assertTrue(score.authorsF1() >= floors.authorsF1(), set + ": " + summary);
    assertTrue(score.bodyF1() >= floors.bodyF1(), set + ": " + summary);
  }

  private static String string(JsonElement e) {
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static List<String> strings(JsonElement e) {
    if (e == null || e.isJsonNull()) return null;
    List<String> out = new ArrayList<>();
    e.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
    return out;
  }
}
