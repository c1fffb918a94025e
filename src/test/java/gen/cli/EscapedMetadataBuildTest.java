package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved page whose JSON-LD and meta tags carry entity-escaped text, as many CMSs write them:
 * neither {@code extract --json} nor the built article page and feed show a reference literally.
 */
class EscapedMetadataBuildTest {
  @TempDir Path tmp;

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="de"><head><meta charset="utf-8">
      <title>Energie: &amp;quot;Nicht mehr viel&amp;quot; &#8211; R&amp;uuml;ckbau beginnt | Rundschau</title>
      <meta property="og:site_name" content="Rundschau">
      <meta property="og:title" content="Energie: &amp;quot;Nicht mehr viel&amp;quot; &amp;#8211; R&amp;uuml;ckbau beginnt">
      <meta property="og:description" content="Der R&amp;uuml;ckbau des Kraftwerks soll die Landschaft nicht zerst&amp;ouml;ren.">
      <meta name="keywords" content="Kraftwerk, R&amp;uuml;ckbau">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Energie: &quot;Nicht mehr viel&quot; &#8211; R&uuml;ckbau beginnt",
        "description":"Der R&uuml;ckbau des Kraftwerks soll die Landschaft nicht zerst&ouml;ren.",
        "author":{"@type":"Person","name":"J&ouml;rg M&uuml;ller"},
        "keywords":"Kraftwerk, R&uuml;ckbau",
        "datePublished":"2023-05-04T08:00:00+02:00",
        "publisher":{"@type":"Organization","name":"Rundschau"}}</script>
      </head><body>
      <header><a href="/"><img src="/logo.svg" alt="Rundschau"></a></header>
      <article>
      <h1><span class="kicker">Energie</span><span class="visually-hidden">: </span><span class="headline">"Nicht mehr viel" – Rückbau beginnt</span></h1>
      <p>Das Kraftwerk am Fluss wird vom Sommer an abgebaut. Die Betreiber rechnen mit vier Jahren Arbeit und wollen die Flächen danach der Gemeinde übergeben.</p>
      <p>"Nicht mehr viel" sei von der alten Anlage zu retten, sagt der Bürgermeister. Die Kühltürme sollen als Erstes fallen, die Turbinenhalle zuletzt.</p>
      </article></body></html>
      """;

  @Test
  void entity_escaped_metadata_reaches_neither_the_json_nor_the_built_page_and_feed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path page = in.resolve("rueckbau.html");
    Files.writeString(page, PAGE);

    Cli.Run extracted = Cli.run("extract", "--json", page.toString());
    assertEquals(0, extracted.exit(), extracted.err());
    var o = JsonParser.parseString(extracted.out().strip()).getAsJsonObject();
    assertEquals("\"Nicht mehr viel\" – Rückbau beginnt", o.get("title").getAsString());
    assertEquals("Der Rückbau des Kraftwerks soll die Landschaft nicht zerstören.", o.get("summary").getAsString());
    assertEquals("Jörg Müller", o.getAsJsonArray("authors").get(0).getAsString());
    assertTrue(o.getAsJsonArray("tags").toString().contains("Rückbau"), o.get("tags").toString());
    for (String field : List.of("title", "summary", "authors", "tags")) {
      assertNoReference(o.get(field).toString());
    }

    Path site = tmp.resolve("site");
    Cli.Run built = Cli.run("build", "--input", in.toString(), "--output", site.toString());
    assertEquals(0, built.exit(), built.err());
    String article;
    try (Stream<Path> s = Files.list(site.resolve("articles"))) {
      article = Files.readString(s.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow());
    }
    String feed = Files.readString(site.resolve("feed.xml"));
    for (String out : List.of(article, feed)) {
      assertTrue(out.contains("Rückbau beginnt"), out);
      // Escaped once by the template is right ("&quot;"); escaped twice shows the reference to the reader.
      assertFalse(out.contains("&amp;quot;") || out.contains("&amp;uuml;") || out.contains("&amp;#8211;")
          || out.contains("&amp;ouml;") || out.contains("R&uuml;ckbau"), out);
    }
  }

  private static void assertNoReference(String json) {
    assertFalse(json.matches("(?s).*&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\\d*);.*"), json);
  }
}
