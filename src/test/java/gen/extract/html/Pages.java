package gen.extract.html;

import gen.extract.ExtractionContext;
import gen.extract.Heuristic;
import gen.model.SourceFile;
import gen.read.Format;
import gen.read.FrontMatter;
import gen.read.ReadArticle;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;

/** Small saved-page fixtures run through one or more heuristics. */
final class Pages {
  static ExtractionContext run(String html, Heuristic... heuristics) {
    var doc = Jsoup.parse(html, "");
    SourceFile file = new SourceFile(Path.of("page.html"), "page.html", html.length(), Instant.EPOCH);
    ExtractionContext ctx = new ExtractionContext(new ReadArticle(file, Format.HTML, FrontMatter.NONE, doc), doc.body());
    for (Heuristic h : heuristics) h.apply(ctx);
    return ctx;
  }

  private Pages() {}
}
