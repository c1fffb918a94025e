package gen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small archive with one of each problem, checked end to end from files. */
class ArchiveLinterTest {
  @TempDir Path tmp;

  private CheckReport check(Path seeds) throws Exception {
    return new ArchiveLinter().check(seeds, tmp.resolve("no-templates"), 2, LocalDate.of(2025, 6, 1));
  }

  private static List<String> codesFor(CheckReport r, String fileSuffix) {
    return r.findings().stream().filter(f -> f.file().endsWith(fileSuffix)).map(Finding::code).toList();
  }

  @Test
  void finds_each_kind_of_problem_in_its_file() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.writeString(seeds.resolve("good.md"), "---\ntitle: Good\ndate: 2024-01-02\nsource: example.org\n---\n\nSee [the other](other.html).\n");
    Files.writeString(seeds.resolve("other.md"), "---\ntitle: Other\nslug: other\ndate: 2024-01-03\nsource: example.org\n---\n\nA link to [nowhere](nowhere.html).\n");
    Files.writeString(seeds.resolve("future.md"), "---\ntitle: Future\ndate: 2030-01-01\nsource: example.org\n---\n\nNot yet.\n");
    Files.writeString(seeds.resolve("zclash.md"), "---\ntitle: Clash\nslug: other\ndate: 2024-01-04\nsource: example.org\n---\n\nSame slug.\n");
    Files.writeString(seeds.resolve("bare.txt"), "the city council voted on tuesday to expand the harbour, ending a decade of debate.\nmore text follows here.\n");
    Files.write(seeds.resolve("blob.txt"), new byte[] {0, 0, 0, 1, 2, 0});
    Files.writeString(seeds.resolve("notes.docx"), "not read");
    Files.writeString(seeds.resolve("draft.md~"), "an editor's backup: not worth a word");

    CheckReport r = check(seeds);
    assertEquals(List.of(), codesFor(r, "good.md"), r.findings().toString());
    assertEquals(List.of("broken-link"), codesFor(r, "other.md"));
    assertEquals(List.of("future-date"), codesFor(r, "future.md"));
    assertEquals(List.of("slug-collision"), codesFor(r, "zclash.md"));
    assertEquals(Finding.Level.ERROR, r.findings().stream().filter(f -> f.code().equals("slug-collision")).findFirst().orElseThrow().level(),
        "an explicit slug that cannot be honoured is an error");
    assertTrue(codesFor(r, "bare.txt").containsAll(List.of("no-date", "no-source")), codesFor(r, "bare.txt").toString());
    assertEquals(List.of("unreadable"), codesFor(r, "blob.txt"));
    assertEquals(List.of("not-an-article"), codesFor(r, "notes.docx"));
    assertEquals(List.of(), codesFor(r, "draft.md~"));
    assertTrue(r.findings().stream().allMatch(f -> f.file().startsWith(seeds + "/")), "files named as the user can open them");
    String collision = r.findings().stream().filter(f -> f.code().equals("slug-collision")).findFirst().orElseThrow().message();
    assertTrue(collision.contains("also wanted by " + seeds.resolve("other.md")), collision);
    assertEquals(5, r.articles());
    assertEquals(6, r.files());
  }

  @Test
  void pictures_beside_an_article_are_no_broken_links_and_missing_ones_are() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds/img"));
    Files.write(seeds.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
    Files.writeString(seeds.resolve("../trip.md"),
        "---\ntitle: Trip\ndate: 2024-01-02\nsource: example.org\n---\n\n![Pier](img/a.png) ![Gone](img/missing.png)\n");
    Files.writeString(seeds.resolve("../page.html"), "<html><head><title>Page</title></head><body><article><h1>Page</h1>"
        + "<p>The saved page, long enough to be an article body of its own here.</p><img src=\"page_files/b.png\"></article></body></html>");
    Files.createDirectories(seeds.resolve("../page_files"));
    Files.write(seeds.resolve("../page_files/b.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
    Files.writeString(seeds.resolve("../page_files/style.css"), "p {}");

    CheckReport r = check(seeds.getParent());
    List<Finding> links = r.findings().stream().filter(f -> f.code().equals("broken-link")).toList();
    assertEquals(1, links.size(), links.toString());
    assertTrue(links.get(0).file().endsWith("trip.md") && links.get(0).message().contains("img/missing.png not shown: not found"),
        links.toString());
    assertEquals(List.of(), r.findings().stream().filter(f -> f.code().equals("not-an-article")).toList(),
        "pictures and a saved page's folder are no stray files");
  }
}
