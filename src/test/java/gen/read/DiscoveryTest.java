package gen.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gen.model.Diagnostics;
import gen.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {
  @TempDir Path root;
  @TempDir Path elsewhere;

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

  @Test
  void a_symbolic_link_to_a_file_outside_the_input_folder_is_reported_and_left_out() throws Exception {
    write("a.txt", "x");
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
    Files.createSymbolicLink(root.resolve("p.txt"), secret);
    Files.createSymbolicLink(root.resolve("status.txt"), Path.of("/proc/self/status"));
    Diagnostics d = new Diagnostics();
    List<String> found = Discovery.articles(root, d).stream().map(SourceFile::relative).toList();
    assertEquals(List.of("a.txt"), found);
    assertEquals(List.of(
        "p.txt: warning: skipped: symbolic link to a file outside the input folder",
        "status.txt: warning: skipped: symbolic link to a file outside the input folder"),
        d.all().stream().map(gen.model.Diagnostic::line).toList());
  }

  @Test
  void a_symbolic_link_to_a_folder_outside_the_input_folder_is_reported_and_not_walked() throws Exception {
    Files.writeString(elsewhere.resolve("outside.txt"), "x");
    Files.createSymbolicLink(root.resolve("more"), elsewhere);
    // A link inside that leads out through a second link is just as much outside.
    Files.createSymbolicLink(root.resolve("via"), root.resolve("more"));
    Diagnostics d = new Diagnostics();
    assertEquals(List.of(), Discovery.articles(root, d));
    assertEquals(List.of(
        "more: warning: skipped: symbolic link to a folder outside the input folder",
        "via: warning: skipped: symbolic link to a folder outside the input folder"),
        d.all().stream().map(gen.model.Diagnostic::line).toList());
  }

  @Test
  void symbolic_links_that_stay_inside_the_input_folder_are_followed() throws Exception {
    write("2024/story.txt", "x");
    write(".drafts/draft.txt", "x");
    Files.createSymbolicLink(root.resolve("latest.txt"), Path.of("2024/story.txt"));
    Files.createSymbolicLink(root.resolve("draft.txt"), root.resolve(".drafts/draft.txt"));
    Files.createDirectories(root.resolve("sections"));
    Files.createSymbolicLink(root.resolve("sections/year"), Path.of("../2024"));
    Diagnostics d = new Diagnostics();
    List<SourceFile> found = Discovery.articles(root, d);
    assertEquals(List.of("2024/story.txt", "draft.txt", "latest.txt", "sections/year/story.txt"),
        found.stream().map(SourceFile::relative).toList());
    assertEquals(root.resolve("sections/year/story.txt"), found.get(3).path());
    assertEquals(List.of(), d.all());
  }

  @Test
  void a_loop_through_two_links_is_reported_once_and_not_followed() throws Exception {
    write("a/one.txt", "x");
    write("b/two.txt", "x");
    Files.createSymbolicLink(root.resolve("a/to-b"), root.resolve("b"));
    Files.createSymbolicLink(root.resolve("b/to-a"), root.resolve("a"));
    Diagnostics d = new Diagnostics();
    List<String> found = Discovery.articles(root, d).stream().map(SourceFile::relative).toList();
    assertEquals(List.of("a/one.txt", "a/to-b/two.txt", "b/to-a/one.txt", "b/two.txt"), found);
    assertEquals(List.of(
        "a/to-b/to-a: warning: skipped: symbolic link loop",
        "b/to-a/to-b: warning: skipped: symbolic link loop"),
        d.all().stream().map(gen.model.Diagnostic::line).toList());
  }

  @Test
  void links_to_each_other_and_broken_links_are_reported() throws Exception {
    Files.createSymbolicLink(root.resolve("x.txt"), root.resolve("y.txt"));
    Files.createSymbolicLink(root.resolve("y.txt"), root.resolve("x.txt"));
    Files.createSymbolicLink(root.resolve("gone.md"), root.resolve("nothing.md"));
    Diagnostics d = new Diagnostics();
    assertEquals(List.of(), Discovery.articles(root, d));
    assertEquals(List.of(
        "gone.md: warning: skipped: broken symbolic link",
        "x.txt: warning: skipped: symbolic link loop",
        "y.txt: warning: skipped: symbolic link loop"),
        d.all().stream().map(gen.model.Diagnostic::line).toList());
  }

  @Test
  void an_input_folder_that_is_a_symbolic_link_is_walked_under_its_own_name() throws Exception {
    Files.createDirectories(elsewhere.resolve("sub"));
    Files.writeString(elsewhere.resolve("sub/a.txt"), "x");
    Files.writeString(elsewhere.resolve("b.md"), "x");
    Path link = Files.createSymbolicLink(root.resolve("seeds"), elsewhere);
    Diagnostics d = new Diagnostics();
    List<SourceFile> found = Discovery.articles(link, d);
    assertEquals(List.of("b.md", "sub/a.txt"), found.stream().map(SourceFile::relative).toList());
    assertEquals(link.resolve("sub/a.txt"), found.get(1).path());
    assertEquals(List.of(), d.all());
  }

  @Test
  void a_named_pipe_is_reported_and_left_out() throws Exception {
    write("a.txt", "x");
    Path fifo = root.resolve("pipe.txt");
    boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    assumeTrue(made, "mkfifo is not available");
    Diagnostics d = new Diagnostics();
    assertEquals(List.of("a.txt"), Discovery.articles(root, d).stream().map(SourceFile::relative).toList());
    assertEquals(List.of("pipe.txt: warning: skipped: not a regular file (a named pipe, socket or device)"),
        d.all().stream().map(gen.model.Diagnostic::line).toList());
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
