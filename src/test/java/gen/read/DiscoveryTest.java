package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import gen.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
  @TempDir Path root;

  @Test
  void finds_articles_recursively_in_a_stable_order_and_skips_hidden_files_and_backups() throws Exception {
    for (String name :
        List.of("b.txt", "a.md", "sub/c.html", "sub/deeper/d.htm", ".hidden.txt", ".git/x.txt",
            "e.txt~", "#f.txt#", "g.txt.swp", "image.png", "notes.markdown")) {
      Path p = root.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
    Diagnostics d = new Diagnostics();
    List<String> found = Discovery.articles(root, d).stream().map(SourceFile::relative).toList();
    assertEquals(List.of("a.md", "b.txt", "notes.markdown", "sub/c.html", "sub/deeper/d.htm"), found);
    assertEquals(List.of(), d.all());
  }

  @Test
  void survives_a_symlink_loop_and_reports_it() throws Exception {
    Path sub = Files.createDirectories(root.resolve("sub"));
    Files.writeString(sub.resolve("a.txt"), "x");
    Files.createSymbolicLink(sub.resolve("loop"), root);
    Diagnostics d = new Diagnostics();
    List<String> found = Discovery.articles(root, d).stream().map(SourceFile::relative).toList();
    assertEquals(List.of("sub/a.txt"), found);
    assertTrue(d.all().stream().anyMatch(x -> x.message().contains("symbolic link loop")), d.all().toString());
  }

  @Test
  void the_folder_a_browser_saves_beside_a_page_holds_no_articles() throws Exception {
    String frame = "<html><body><p>a saved frame</p></body></html>";
    write("page.html", "<img src=\"page_files/a.jpg\">");
    write("page_files/saved_resource.html", frame);
    write("seite.htm", "<img src=\"seite-Dateien/a.jpg\">");
    write("seite-Dateien/frame.html", frame);
    // A language whose suffix gen does not know: the page refers to the folder.
    write("sivu.html", "<img src=\"./sivu_kuvat/a.jpg\">");
    write("sivu_kuvat/frame.html", frame);
    // Folders that only look like one: no page of that name, or a page that never refers to it.
    write("notes_files/kept.md", "# Kept");
    write("report.html", "<p>The report</p>");
    write("report_archive/2023.html", frame);
    write("report-2024/kept.html", frame);
    Diagnostics d = new Diagnostics();
    List<String> found = Discovery.articles(root, d).stream().map(SourceFile::relative).toList();
    assertEquals(List.of("notes_files/kept.md", "page.html", "report-2024/kept.html", "report.html",
        "report_archive/2023.html", "seite.htm", "sivu.html"), found);
  }

  private void write(String name, String content) throws Exception {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void a_files_relative_name_is_its_path_below_the_root_with_slashes() {
    String[][] cases = {
      {"/data/news", "/data/news/a.txt", "a.txt"},
      {"/data/news", "/data/news/2024/05/a b.txt", "2024/05/a b.txt"},
      {"/", "/a.txt", "a.txt"},
      {".", "./x/a.md", "x/a.md"},
      {"in", "in/x/a.md", "x/a.md"},
      {"/data/news", "/data/newsroom/a.txt", "../newsroom/a.txt"},
      {"/data/news", "/data/news", "news"},
    };
    for (String[] c : cases) {
      assertEquals(c[2], Discovery.relative(Path.of(c[0]), Path.of(c[1])), c[0] + " " + c[1]);
    }
  }
}
