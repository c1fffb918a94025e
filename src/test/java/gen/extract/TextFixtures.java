package gen.extract;

import gen.model.Article;
import gen.model.SourceFile;
import gen.read.ArticleReader;
import gen.read.Format;
import gen.read.ReadArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Element;

/** Small plain-text articles read the way {@code gen} reads them, for heuristic tests. */
final class TextFixtures {
  static ReadArticle read(String text) {
    return read("article.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  static ReadArticle read(String text, Charset charset) {
    return read("article.txt", text.getBytes(charset));
  }

  static ReadArticle read(String fileName, byte[] bytes) {
    SourceFile file = new SourceFile(Path.of(fileName), fileName, bytes.length, Instant.EPOCH);
    try {
      return ArticleReader.forFormat(Format.of(fileName).orElseThrow()).read(file, bytes);
    } catch (Exception e) {
      throw new AssertionError("fixture not readable: " + e.getMessage(), e);
    }
  }

  /** A context over the text, with the given heuristics already applied in order. */
  static ExtractionContext context(String text, Heuristic... heuristics) {
    ReadArticle read = read(text);
    Element body = read.document().body().selectFirst("article");
    ExtractionContext ctx = new ExtractionContext(read, body);
    for (Heuristic h : heuristics) h.apply(ctx);
    return ctx;
  }

  /** The body paragraphs left after the heuristics ran. */
  static List<String> paragraphs(ExtractionContext ctx) {
    return BodyText.paragraphs(ctx.body());
  }

  static Article extract(String text) {
    return new Extractor().extract(read(text));
  }

  private TextFixtures() {}
}
