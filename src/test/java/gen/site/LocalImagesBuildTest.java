package gen.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostic;
import gen.model.Diagnostics;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved page with its {@code story_files/} folder and a Markdown article with pictures beside
 * it, built end to end: the pictures are in the site and the article pages show them; missing,
 * escaping and fake ones are left out with one warning each.
 */
class LocalImagesBuildTest {
  @TempDir Path tmp;
  private Path in;
  private Path out;
  private byte[] jpeg;
  private byte[] png;
  private byte[] map;
  private byte[] secret;
  private byte[] svg;

  @BeforeEach
  void archive() throws Exception {
    in = tmp.resolve("in");
    out = tmp.resolve("site");
    jpeg = image("jpg", Color.RED);
    png = image("png", Color.BLUE);
    map = image("jpg", Color.YELLOW);
    secret = image("png", Color.GREEN);
    svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>"
        .getBytes(StandardCharsets.UTF_8);
    Path files = Files.createDirectories(in.resolve("story_files"));
    Files.write(files.resolve("photo one.jpg"), jpeg);
    Files.write(files.resolve("chart.png"), png);
    Files.write(files.resolve("icon.svg"), svg);
    Files.writeString(files.resolve("fake.jpg"), "<html><script>alert(1)</script></html>");
    // A frame the browser saved with the page: not an article of its own.
    Files.writeString(files.resolve("saved_resource.html"),
        "<html><body><article><h1>Ad frame</h1><p>Buy things now, a long sentence of frame text.</p></article></body></html>");
    Files.write(tmp.resolve("outside.png"), secret);
    Files.createSymbolicLink(files.resolve("escape.png"), tmp.resolve("outside.png"));
    Files.writeString(in.resolve("story.html"), """
        <!doctype html><html lang="en"><head><title>Harbour reopens after storm</title>
        <link rel="canonical" href="https://news.example.com/2024/harbour"></head>
        <body><article><h1>Harbour reopens after storm</h1>
        <p>The harbour reopened on Monday after the storm damaged two of its piers, officials said.</p>
        <figure><img src="story_files/photo%20one.jpg" alt="The pier"><figcaption>The pier</figcaption></figure>
        <p>Repairs will take months. <a href="./story_files/chart.png"><img src="./story_files/chart.png?w=300" alt="Chart"></a></p>
        <p><img src="story_files/missing.png" alt="gone"><img src="story_files/escape.png" alt="link">
        <img src="story_files/fake.jpg" alt="fake"><img src="story_files/icon.svg" alt="icon">
        <img src="https://cdn.example.net/remote.jpg" alt="remote"></p>
        <p>Ships were diverted to the next port for the week, the port authority said in a statement.</p>
        </article></body></html>
        """);
    Path notes = Files.createDirectories(in.resolve("notes/img"));
    Files.write(notes.resolve("photo.png"), png); // the same picture as the page's chart
    Files.write(notes.resolve("map.jpg"), map);
    Files.writeString(in.resolve("notes/trip.md"), """
        ---
        title: A trip to the harbour
        ---
        We went to see the harbour after the storm and took pictures of the piers.

        ![The piers](img/photo.png)

        ![Map](img/map.jpg "Where")

        ![Out](../../outside.png) ![Abs](/etc/hosts.png) ![Gone](img/gone.jpg)
        """);
  }

  @Test
  void a_saved_page_and_a_markdown_article_show_their_local_pictures() throws Exception {
    Diagnostics d = new Diagnostics();
    BuildResult r = build(d);
    assertEquals(2, r.articles(), "the saved frame in story_files/ is no article");

    Document story = page("Harbour reopens");
    List<byte[]> shown = shownImages(story);
    assertEquals(3, shown.size(), story.select("div.body").html());
    assertArrayEquals(jpeg, shown.get(0));
    assertArrayEquals(png, shown.get(1));
    assertTrue(new String(shown.get(2), StandardCharsets.UTF_8).contains("<svg"), "the SVG is shown inline");
    assertEquals("https://cdn.example.net/remote.jpg", story.selectFirst("img[alt=remote]").attr("src"));
    Element link = story.selectFirst("a:has(img[alt=Chart])");
    assertArrayEquals(png, Files.readAllBytes(out.resolve("articles").resolve(link.attr("href")).normalize()));
    for (String gone : List.of("gone", "link", "fake")) {
      assertTrue(story.select("img[alt=" + gone + "]").isEmpty(), gone + " left out");
    }

    Document trip = page("A trip to the harbour");
    List<byte[]> tripImages = shownImages(trip);
    for (String gone : List.of("Out", "Abs", "Gone")) {
      assertTrue(trip.select("img[alt=" + gone + "]").isEmpty(), gone + " left out");
    }
    assertEquals(2, tripImages.size());
    assertArrayEquals(png, tripImages.get(0));
    assertArrayEquals(map, tripImages.get(1));

    // One copy per distinct picture, whoever shows it; never the one outside the input folder.
    List<Path> media = files(out.resolve("media"));
    assertEquals(3, media.size(), media.toString());
    for (Path p : files(out)) {
      assertFalse(Arrays.equals(secret, Files.readAllBytes(p)), p + " is the picture outside the input folder");
      assertFalse(p.toString().endsWith(".svg") && p.startsWith(out.resolve("media")), "no SVG file in the site: " + p);
    }

    List<String> warnings = d.all().stream().map(Diagnostic::line).toList();
    assertEquals(6, warnings.size(), String.join("\n", warnings));
    for (String url : List.of("story_files/missing.png", "story_files/escape.png", "story_files/fake.jpg")) {
      assertEquals(1, warnings.stream().filter(w -> w.startsWith("story.html: ") && w.contains("image " + url + " not shown")).count(),
          url + " in " + warnings);
    }
    for (String url : List.of("../../outside.png", "/etc/hosts.png", "img/gone.jpg")) {
      assertEquals(1, warnings.stream().filter(w -> w.startsWith("notes/trip.md: ") && w.contains("image " + url + " not shown")).count(),
          url + " in " + warnings);
    }
  }

  @Test
  void the_feed_shows_the_pictures_too() throws Exception {
    build(new Diagnostics());
    // Entries' HTML is read relative to their xml:base, the article page, as on the page itself.
    Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
    int shown = 0;
    for (Element content : feed.select("entry > content")) {
      java.net.URI base = out.resolve("feed.xml").toUri().resolve(content.attr("xml:base"));
      for (Element img : Jsoup.parseBodyFragment(content.text()).select("img[src^=../media/]")) {
        assertTrue(Files.isRegularFile(Path.of(base.resolve(img.attr("src")))), img.attr("src"));
        shown++;
      }
    }
    assertEquals(4, shown);
  }

  @Test
  void pictures_take_part_in_incremental_builds() throws Exception {
    // Pictures saved an hour ago: a rebuild takes them from the media index without reading them.
    for (Path p : files(in)) Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
    build(new Diagnostics());
    assertTrue(Files.readString(gen.state.StateFolder.of(out).resolve("media")).contains("chart.png"), "the index knows the pictures");
    BuildResult again = build(new Diagnostics());
    assertEquals(0, again.write().written(), "a rebuild without changes writes nothing: " + again.write());
    assertEquals(2, shownImages(page("A trip to the harbour")).size());

    Files.delete(in.resolve("notes/trip.md"));
    build(new Diagnostics());
    List<Path> media = files(out.resolve("media"));
    assertEquals(2, media.size(), "the map only the deleted article showed is gone: " + media);
    assertTrue(media.stream().anyMatch(p -> sameBytes(p, png)), "the picture the page still shows stays");
    assertFalse(media.stream().anyMatch(p -> sameBytes(p, map)), "the map is gone");

    // A changed picture gets a new address, and the page shows the new one.
    byte[] redrawn = image("png", Color.ORANGE);
    Files.write(in.resolve("story_files/chart.png"), redrawn);
    build(new Diagnostics());
    assertArrayEquals(redrawn, shownImages(page("Harbour reopens")).get(1));
    assertEquals(2, files(out.resolve("media")).size(), "the old chart is gone");
  }

  @Test
  void an_incremental_build_gives_the_site_a_clean_build_gives() throws Exception {
    build(new Diagnostics());
    Files.write(in.resolve("notes/img/map.jpg"), image("jpg", Color.BLACK));
    build(new Diagnostics());
    Path clean = tmp.resolve("clean");
    new SiteBuilder().build(options(clean), new Diagnostics());
    List<Path> incremental = files(out).stream().map(out::relativize).toList();
    assertEquals(files(clean).stream().map(clean::relativize).toList(), incremental);
    for (Path rel : incremental) {
      assertArrayEquals(Files.readAllBytes(clean.resolve(rel)), Files.readAllBytes(out.resolve(rel)), rel.toString());
    }
  }

  private BuildResult build(Diagnostics d) throws Exception {
    return new SiteBuilder().build(options(out), d);
  }

  private BuildOptions options(Path output) {
    return new BuildOptions(in, output, tmp.resolve("no-templates"), Optional.empty(), "Archive", false, false, 2);
  }

  /** The article page whose title starts with {@code title}. */
  private Document page(String title) throws Exception {
    for (Path p : files(out.resolve("articles"))) {
      Document doc = Jsoup.parse(p.toFile(), "UTF-8");
      if (doc.title().startsWith(title)) return doc;
    }
    throw new AssertionError("no page for " + title);
  }

  /** The bytes behind every picture of the article body, fetched the way a browser would. */
  private List<byte[]> shownImages(Document page) throws Exception {
    List<byte[]> images = new ArrayList<>();
    for (Element img : page.select("div.body img:not([src^=http])")) {
      String src = img.attr("src");
      if (src.startsWith("data:")) {
        images.add(java.util.Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
      } else {
        assertFalse(src.contains("://") || src.startsWith("/"), "relative: " + src);
        images.add(Files.readAllBytes(out.resolve("articles").resolve(src).normalize()));
      }
    }
    return images;
  }

  private static boolean sameBytes(Path p, byte[] bytes) {
    try {
      return Arrays.equals(bytes, Files.readAllBytes(p));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains(".gen-")).sorted().toList();
    }
  }

  private static byte[] image(String format, Color color) throws Exception {
    BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) for (int y = 0; y < 6; y++) img.setRGB(x, y, color.getRGB());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(img, format, bytes));
    return bytes.toByteArray();
  }
}
