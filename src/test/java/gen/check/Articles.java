package gen.check;

import gen.model.Article;
import gen.model.Entities;
import gen.model.Metadata;
import gen.model.PublishedDate;
import gen.model.Source;
import gen.model.SourceFile;
import gen.model.TextDirection;
import gen.text.Slugs;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small hand-made articles for the rules' tests. */
final class Articles {
  static Article withBody(String file, String body) {
    return article(file, "Title of " + file, Optional.of(PublishedDate.ofDay(LocalDate.of(2024, 1, 2))), body, "<p>" + body + "</p>",
        Map.of("title", "front-matter", "date", "front-matter"));
  }

  static Article article(String file, String title, Optional<PublishedDate> date, String body, String html, Map<String, String> provenance) {
    Metadata meta = new Metadata(title, Optional.empty(), date, Optional.empty(), List.of(),
        Optional.of(Source.ofDomain("example.org")), Optional.empty(), "en", TextDirection.LTR, "", Optional.empty(),
        List.of(), Entities.NONE, List.of(), 10, 1, false, provenance);
    return new Article(new SourceFile(Path.of(file), file, body.length(), Instant.EPOCH), meta, Slugs.slugify(title), html, body);
  }

  private Articles() {}
}
