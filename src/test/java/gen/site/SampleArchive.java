package gen.site;

import gen.model.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a small but varied input folder (enough articles for every list to have several pages,
 * several sources and tags, dated and undated, RTL and CJK text, an awkward title, a person named
 * in one article only, a CNAME) and
 * builds it.
 */
final class SampleArchive {
  /** More than the 50 titles of a term page, so that the tag every article has takes two. */
  static final int ARTICLES = 55;

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String[] sources = {"Daily Wire Service", "Le Quotidien", "Harbor Times"};
    String[] tags = {"climate", "elections", "economy"};
    for (int i = 0; i < ARTICLES; i++) {
      StringBuilder md = new StringBuilder("---\n");
      String title = switch (i) {
        case 0 -> "A </script><script>alert(1)</script> & “quoted” title";
        case 1 -> "قمة إقليمية في القاهرة لبحث أزمة المياه";
        case 2 -> "北京举行国际科技合作论坛";
        default -> "Talks on " + tags[i % 3] + " continue, round " + i;
      };
      md.append("title: \"").append(title.replace("\"", "\\\"")).append("\"\n");
      if (i % 7 != 0) md.append("date: 20").append(18 + i % 6).append('-').append(String.format("%02d", 1 + i % 12)).append("-0").append(1 + i % 9).append('\n');
      if (i % 3 == 0) md.append("authors: [Jane Doe, Li Wei]\n");
      md.append("source: \"").append(sources[i % 3]).append("\"\n");
      if (i % 2 == 0) md.append("url: https://example.com/news/").append(i).append("?a=1&b=2\n");
      md.append("tags: [").append(tags[i % 3]).append(", all]\n");
      if (i == 1) md.append("lang: ar\n");
      if (i == 2) md.append("lang: zh\n");
      md.append("---\n\n");
      md.append(i == 1 ? "اجتمع وزراء من عدة دول عربية في القاهرة يوم الأحد لبحث أزمة المياه.\n"
          : i == 2 ? "来自三十多个国家的代表周三在北京出席国际科技合作论坛。\n"
          : "President Ana Diaz met delegates in Lima on Tuesday to discuss " + tags[i % 3] + ".\n\n"
              + "“We will act now,” said Ana Diaz. The United Nations welcomed the talks.\n"
              // A person no other article names: no page of her own, and no link to one.
              + (i == 4 ? "\nMayor Rosa Quintana said the talks were a start.\n" : ""));
      Files.writeString(dir.resolve(String.format("%03d-article.md", i)), md.toString(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("CNAME"), "news.example.org\n");
    return dir;
  }

  static BuildResult build(Path input, Path output, Optional<String> baseUrl) throws Exception {
    BuildOptions options = new BuildOptions(input, output, input.resolveSibling("no-templates"), baseUrl, "Sample archive", false, false, 2);
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = new SiteBuilder().build(options, diagnostics);
    if (diagnostics.errorCount() > 0) throw new AssertionError(diagnostics.all().toString());
    return result;
  }

  static List<Path> files(Path site, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(p -> p.toString().endsWith(suffix)).filter(Files::isRegularFile).sorted().toList();
    }
  }

  private SampleArchive() {}
}
