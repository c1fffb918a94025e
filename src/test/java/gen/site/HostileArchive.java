package gen.site;

import gen.model.Diagnostic;
import gen.model.Diagnostics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An input folder of hostile and broken files: the small ones from {@code src/test/resources/hostile},
 * the big ones (tens of megabytes, megabyte lines, deep nesting) and symbolic link loops made here.
 * Every payload sets {@code window.__pwned} and {@code document.title = 'PWNED'} if it ever runs.
 */
public final class HostileArchive {
  /** Files that cannot become an article: each must be named in exactly one line. */
  static final Set<String> BAD =
      Set.of(
          "empty.txt", "whitespace-only.txt", "binary.txt", "broken-front-matter.md",
          "unclosed-front-matter.md", "front-matter-is-a-list.md", "front-matter-only.md",
          "huge-50mb.txt", "only-markup.html");

  /** Files that become a page but are worth a warning line. */
  static final Set<String> WARNED = Set.of("impossible-date.md", "deep-nesting.html", "deep-formatting.html", "loop", "sub/up", "broken-link.txt");

  /** Every article file that must become a page. */
  static final int GOOD_ARTICLES = 23;

  public static Path create(Path dir) throws IOException {
    return create(dir, true);
  }

  /** @param big whether to add the 50 MB file, the 3 MB line and the deep nesting too */
  public static Path create(Path dir, boolean big) throws IOException {
    Path in = Files.createDirectories(dir);
    Path fixtures;
    try {
      fixtures = Path.of(HostileArchive.class.getResource("/hostile").toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> s = Files.walk(fixtures)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path target = in.resolve(fixtures.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
    Files.createSymbolicLink(in.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(in.resolve("sub/up"), Path.of(".."));
    Files.createSymbolicLink(in.resolve("broken-link.txt"), Path.of("gone.txt"));
    if (!big) return in;
    // 50 MB of text: over the size limit, reported, never read whole.
    try (OutputStream out = Files.newOutputStream(in.resolve("huge-50mb.txt"))) {
      byte[] line = "A line of a file far too big to be one article, repeated again and again.\n".getBytes(StandardCharsets.UTF_8);
      out.write("A huge file\n\n".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < 50L * 1024 * 1024 / line.length; n++) out.write(line);
    }
    // One paragraph of 3 MB on a single line: a page.
    Files.writeString(in.resolve("megabyte-line.txt"),
        "A single line of megabytes\n\n" + "word ".repeat(600_000) + "\n");
    // 200,000 nested elements: jsoup parses them; everything after must not recurse or crawl.
    Files.writeString(in.resolve("deep-nesting.html"),
        "<html><body><article><h1>Nested two hundred thousand deep</h1>" + "<div>".repeat(200_000)
            + "deep text" + "</div>".repeat(200_000) + "</article></body></html>");
    Files.writeString(in.resolve("deep-formatting.html"),
        "<html><body><article><h1>Unclosed formatting</h1>" + "<b><i>".repeat(50_000) + "text</article></body></html>");
    return in;
  }

  public static BuildResult build(Path in, Path out, Diagnostics diagnostics) throws Exception {
    return new SiteBuilder()
        .build(new BuildOptions(in, out, in.resolve("no-templates"), Optional.empty(), "Hostile", false, false, 2), diagnostics);
  }

  static List<String> lines(Diagnostics d) {
    return d.all().stream().map(Diagnostic::line).toList();
  }

  private HostileArchive() {}
}
