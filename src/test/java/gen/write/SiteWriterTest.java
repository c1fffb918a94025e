package gen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path tmp;

  private static void build(Path out, Map<String, String> files) throws Exception {
    try (SiteWriter w = SiteWriter.open(out, false)) {
      for (var e : files.entrySet()) w.write(e.getKey(), e.getValue());
      w.commit();
    }
  }

  /** Every file below the folder with its content, gen's own bookkeeping left out. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(SiteWriter.STAGING)) out.put(rel, Files.readString(p));
      }
    }
    return out;
  }

  @Test
  void keeps_files_gen_did_not_write_across_builds() throws Exception {
    Path out = tmp.resolve("site");
    Files.createDirectories(out.resolve(".git/objects"));
    Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
    Files.writeString(out.resolve("CNAME"), "news.example.org\n");
    build(out, Map.of("index.html", "one", "articles/a.html", "a"));
    Files.writeString(out.resolve("articles/mine.txt"), "notes");
    build(out, Map.of("index.html", "two"));
    Map<String, String> t = tree(out);
    assertEquals("ref: refs/heads/gh-pages\n", t.get(".git/HEAD"));
    assertEquals("news.example.org\n", t.get("CNAME"));
    assertEquals("notes", t.get("articles/mine.txt"));
    assertEquals("two", t.get("index.html"));
    assertFalse(t.containsKey("articles/a.html"), "gen's own page that is gone is deleted");
    assertFalse(Files.exists(out.resolve(SiteWriter.STAGING)), "no staging folder left behind");
  }

  @Test
  void a_folder_whose_files_all_leave_the_site_is_removed() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "one", "media/a/x.png", "x", "media/a/y.png", "y", "media/b.png", "b"));
    build(out, Map.of("index.html", "one"));
    assertEquals(java.util.Set.of("index.html"), tree(out).keySet());
    assertFalse(Files.exists(out.resolve("media")), "the emptied folders are gone");
  }

  @Test
  void a_page_edited_by_hand_is_kept_when_it_leaves_the_site() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "one", "old.html", "old"));
    Files.writeString(out.resolve("old.html"), "edited");
    WriteSummary s;
    try (SiteWriter w = SiteWriter.open(out, false)) {
      w.write("index.html", "one");
      s = w.commit();
    }
    assertEquals("edited", Files.readString(out.resolve("old.html")));
    assertEquals(java.util.List.of("old.html"), s.keptEdited());
    assertEquals(0, s.deleted());
  }

  @Test
  void refuses_a_folder_of_someone_elses_files_unless_forced() throws Exception {
    Path out = tmp.resolve("docs");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.tex"), "x");
    OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> SiteWriter.open(out, false));
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    try (SiteWriter w = SiteWriter.open(out, true)) {
      w.write("index.html", "x");
      w.commit();
    }
    assertEquals("x", Files.readString(out.resolve("thesis.tex")));
  }

  @Test
  void a_fresh_gh_pages_worktree_is_not_someone_elses_folder() throws Exception {
    Path out = tmp.resolve("site");
    Files.createDirectories(out);
    Files.writeString(out.resolve(".git"), "gitdir: ../.git/worktrees/site\n");
    Files.writeString(out.resolve("CNAME"), "x.org\n");
    build(out, Map.of("index.html", "x"));
    assertEquals("gitdir: ../.git/worktrees/site\n", Files.readString(out.resolve(".git")));
  }

  @Test
  void does_not_replace_a_foreign_file_at_a_page_path_unless_forced() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "x"));
    Files.writeString(out.resolve("about.html"), "mine");
    try (SiteWriter w = SiteWriter.open(out, false)) {
      IOException e = assertThrows(IOException.class, () -> w.write("about.html", "gen's"));
      assertTrue(e.getMessage().contains("not written by gen"), e.getMessage());
    }
    assertEquals("mine", Files.readString(out.resolve("about.html")));
  }

  @Test
  void a_build_that_fails_before_commit_leaves_the_site_as_it_was() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "one", "articles/a.html", "a"));
    Map<String, String> before = tree(out);
    try (SiteWriter w = SiteWriter.open(out, false)) {
      w.write("index.html", "two");
      w.write("articles/b.html", "b");
      // no commit: the render failed
    }
    assertEquals(before, tree(out));
    assertFalse(Files.exists(out.resolve(SiteWriter.STAGING)));
  }

  @Test
  void refuses_paths_that_leave_the_output_folder() throws Exception {
    Path out = tmp.resolve("site");
    try (SiteWriter w = SiteWriter.open(out, false)) {
      for (String bad : new String[] {"../x.html", "/etc/x", "a/../../x", "a\\..\\x", "a//b", "./x", ".gen-staging/x", ".gen-manifest", "a\nb"}) {
        assertThrows(IOException.class, () -> w.write(bad, "x"), bad);
      }
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(".gen", "site"), s.map(p -> p.getFileName().toString()).sorted().toList(),
          "nothing beside the output folder but its state");
    }
    try (Stream<Path> s = Files.list(tmp.resolve(".gen"))) {
      assertEquals(List.of(gen.state.StateFolder.of(out)), s.toList());
    }
  }

  @Test
  void never_writes_through_a_symbolic_link_in_the_output_folder() throws Exception {
    Path out = tmp.resolve("site");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    build(out, Map.of("index.html", "x"));
    Files.createSymbolicLink(out.resolve("articles"), elsewhere);
    try (SiteWriter w = SiteWriter.open(out, false)) {
      assertThrows(IOException.class, () -> w.write("articles/a.html", "x"));
    }
    try (Stream<Path> s = Files.list(elsewhere)) {
      assertEquals(0, s.count());
    }
  }

  @Test
  void never_writes_below_a_link_or_a_file_deeper_on_the_way() throws Exception {
    Path out = tmp.resolve("site");
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    build(out, Map.of("a/index.html", "x", "f/index.html", "y"));
    Files.createSymbolicLink(out.resolve("a/b"), elsewhere);
    Files.writeString(out.resolve("f/g"), "a file, not a folder");
    try (SiteWriter w = SiteWriter.open(out, false)) {
      assertThrows(IOException.class, () -> w.write("a/b/c/d.html", "x"));
      assertThrows(IOException.class, () -> w.write("a/b/e.html", "x"));
      assertThrows(IOException.class, () -> w.write("f/g/h.html", "x"));
      w.write("a/ok.html", "fine");
    }
    try (Stream<Path> s = Files.list(elsewhere)) {
      assertEquals(0, s.count());
    }
  }

  @Test
  void new_folders_arrive_whole_beside_the_old_ones() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "1", "old/a.html", "a"));
    Map<String, String> second = new TreeMap<>(Map.of(
        "index.html", "2", "old/a.html", "a", "old/new/deep/b.html", "b", "fresh/c.html", "c", "fresh/sub/d.html", "d"));
    build(out, second);
    Map<String, String> site = tree(out);
    assertEquals(second, site);
    try (Stream<Path> s = Files.walk(out.resolve(SiteWriter.STAGING))) {
      assertEquals(0, s.filter(Files::isRegularFile).count(), "nothing left in staging");
    } catch (java.nio.file.NoSuchFileException gone) {
      // no staging folder at all: also nothing left
    }
    build(out, Map.of("index.html", "3"));
    assertEquals(Map.of("index.html", "3"), withoutManifest(tree(out)));
    assertFalse(Files.exists(out.resolve("fresh")), "emptied folders go too");
  }

  private static Map<String, String> withoutManifest(Map<String, String> tree) {
    return tree;
  }

  @Test
  void a_folder_in_the_way_of_a_page_is_not_deleted() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "x"));
    Files.createDirectories(out.resolve("a.html"));
    Files.writeString(out.resolve("a.html/keep"), "k");
    try (SiteWriter w = SiteWriter.open(out, true)) {
      assertThrows(IOException.class, () -> w.write("a.html", "x"));
    }
    assertEquals("k", Files.readString(out.resolve("a.html/keep")));
  }

  @Test
  void a_second_writer_of_one_folder_waits_for_the_first() throws Exception {
    Path out = tmp.resolve("site");
    java.util.concurrent.atomic.AtomicBoolean firstDone = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.CompletableFuture<Boolean> second;
    try (SiteWriter first = SiteWriter.open(out, false)) {
      first.write("index.html", "first");
      second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try (SiteWriter w = SiteWriter.open(out, false)) {
          boolean waited = firstDone.get();
          w.write("index.html", "second");
          w.commit();
          return waited;
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      Thread.sleep(300); // time for the second writer to get in, if it could
      firstDone.set(true);
      first.commit();
    }
    assertTrue(second.get(), "the second writer opened the folder only once the first was done");
    assertEquals("second", Files.readString(out.resolve("index.html")));
  }

  @Test
  void unchanged_files_are_not_rewritten() throws Exception {
    Path out = tmp.resolve("site");
    build(out, Map.of("index.html", "x", "a.html", "a"));
    Path page = out.resolve("a.html");
    Object inode = Files.readAttributes(page, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    WriteSummary s;
    try (SiteWriter w = SiteWriter.open(out, false)) {
      w.write("index.html", "y");
      w.write("a.html", "a");
      s = w.commit();
    }
    assertEquals(1, s.written());
    assertEquals(1, s.unchanged());
    assertEquals(inode, Files.readAttributes(page, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
  }
}
