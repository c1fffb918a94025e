package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import gen.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private static ReadArticle read(String md) throws Exception {
    byte[] bytes = md.getBytes(StandardCharsets.UTF_8);
    return ArticleReader.forFormat(Format.MARKDOWN)
        .read(new SourceFile(Path.of("a.md"), "a.md", bytes.length, Instant.EPOCH), bytes);
  }

  @Test
  void renders_gfm_tables_strikethrough_autolinks_and_heading_anchors() throws Exception {
    ReadArticle r =
        read(
            """
            ---
            title: Tables
            ---
            ## A heading

            | a | b |
            |---|---|
            | 1 | 2 |

            ~~gone~~ and https://example.com
            """);
    assertEquals(Optional.of("Tables"), r.frontMatter().string("title"));
    Document doc = r.document();
    assertNotNull(doc.selectFirst("h2#a-heading"));
    assertEquals("2", doc.select("table td").last().text());
    assertEquals("gone", doc.selectFirst("del").text());
    assertEquals("https://example.com", doc.selectFirst("a").attr("href"));
  }
}
