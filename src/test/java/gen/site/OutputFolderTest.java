package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Diagnostics;
import gen.render.RenderException;
import gen.state.StateFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder holds the site and nothing else, whatever happened to the builds: gen's
 * state (manifest, caches) is in the state folder beside it, and a failed build leaves nothing
 * that changes what the next build accepts.
 */
class OutputFolderTest {
  @TempDir Path tmp;
  Path input;
  Path templates;
  Path out;

  @BeforeEach
  void setUp() throws IOException {
    input = Files.createDirectories(tmp.resolve("seeds"));
    templates = Files.createDirectories(tmp.resolve("templates"));
    out = tmp.resolve("site");
    Files.writeString(input.resolve("a.md"), "---\ntitle: First headline\ndate: 2024-01-02\n---\n\nThe first body.\n");
    Files.writeString(input.resolve("b.txt"), "Second headline\n\nMay 3, 2024\n\nThe second body, with words to search.\n");
  }

  private BuildResult build() throws Exception {
    return new SiteBuilder().build(
        new BuildOptions(input, out, templates, Optional.empty(), "Archive", false, false, 2), new Diagnostics());
  }

  /**
   * Every file in the output folder is one gen wrote (listed in the manifest in the state folder)
   * or one of {@code foreign}; nothing of gen's bookkeeping is there.
   */
  private void assertOnlyTheSite(Set<String> foreign) throws IOException {
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(StateFolder.of(out).resolve(StateFolder.MANIFEST), StandardCharsets.UTF_8)) {
      listed.add(line.substring(line.indexOf(' ') + 1));
    }
    Set<String> there = new TreeSet<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.toList()) {
        String rel = out.relativize(p).toString().replace('\\', '/');
        assertFalse(rel.startsWith(".gen"), "gen's bookkeeping in the output folder: " + rel);
        if (Files.isRegularFile(p)) there.add(rel);
      }
    }
    there.removeAll(foreign);
    assertEquals(listed, there, "the output folder holds what gen wrote, and nothing else");
    assertTrue(there.contains("index.html") && there.contains("search/manifest.js"), there.toString());
  }

  @Test
  void after_a_build_the_folder_holds_only_the_site() throws Exception {
    build();
    assertOnlyTheSite(Set.of());
    assertTrue(Files.isRegularFile(StateFolder.of(out).resolve("search")), "the state is beside the folder");
    assertEquals(tmp.resolve(".gen"), StateFolder.of(out).getParent());
  }

  @Test
  void after_rebuilds_the_folder_holds_only_the_site() throws Exception {
    build();
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(input.resolve("c.md"), "---\ntitle: Third headline\ndate: 2024-03-04\n---\n\nA third body.\n");
    build();
    assertOnlyTheSite(Set.of("notes.txt"));
    java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(out);
    Thread.sleep(20); // a folder's time has a resolution: an entry made or removed now would show
    BuildResult noChange = build();
    assertEquals(0, noChange.write().written(), "a build with no change writes nothing");
    assertEquals(before, Files.getLastModifiedTime(out), "nor makes or removes anything in the folder");
    assertOnlyTheSite(Set.of("notes.txt"));
  }

  @Test
  void after_a_failed_build_the_folder_holds_only_the_previous_site() throws Exception {
    build();
    Files.writeString(templates.resolve("index.ftlh"), "<#if>never closed");
    assertThrows(RenderException.class, this::build);
    assertOnlyTheSite(Set.of());
    Files.delete(templates.resolve("index.ftlh"));
    build();
    assertOnlyTheSite(Set.of());
  }

  @Test
  void a_failed_first_build_does_not_make_the_next_one_refuse_the_folder() throws Exception {
    Files.writeString(templates.resolve("index.ftlh"), "<#if>never closed");
    assertThrows(RenderException.class, this::build);
    if (Files.exists(out)) {
      try (Stream<Path> s = Files.list(out)) {
        assertEquals(List.of(), s.toList(), "a failed first build leaves an empty folder");
      }
    }
    assertThrows(RenderException.class, this::build, "the same error again, not a refusal");
    Files.delete(templates.resolve("index.ftlh"));
    build();
    assertOnlyTheSite(Set.of());
  }

  @Test
  void a_site_whose_state_was_deleted_is_still_gens() throws Exception {
    build();
    deleteTree(tmp.resolve(".gen"));
    Files.writeString(input.resolve("a.md"), "---\ntitle: First headline, revised\ndate: 2024-01-02\n---\n\nThe first body.\n");
    build();
    assertTrue(Files.readString(out.resolve("index.html")).contains("First headline, revised"));
    // Without the list of what it wrote, gen cannot know the old page was its own: it stays (README).
    assertOnlyTheSite(Set.of("articles/first-headline.html"));
  }

  @Test
  void an_earlier_versions_bookkeeping_in_the_folder_is_taken_over_and_deleted() throws Exception {
    build();
    // As an earlier version left it: the manifest and the cache inside the output folder.
    Path state = StateFolder.of(out);
    Files.move(state.resolve(StateFolder.MANIFEST), out.resolve(".gen-manifest"));
    Files.createDirectories(out.resolve(".gen-cache"));
    Files.writeString(out.resolve(".gen-cache/build-server"), "1\nsecret\nkey\n1\n");
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.delete(input.resolve("b.txt"));
    build();
    assertOnlyTheSite(Set.of("notes.txt"));
    try (Stream<Path> s = Files.list(out.resolve("articles"))) {
      assertEquals(1, s.count(), "the page of the deleted article, listed in the old manifest, is deleted");
    }
  }

  @Test
  void state_that_cannot_be_saved_once_the_site_is_in_place_is_a_warning_not_a_failure() throws Exception {
    build();
    // The search state cannot be put in place (as on a full disk, the write fails after the swap).
    Path search = StateFolder.of(out).resolve("search");
    Files.delete(search);
    Files.createDirectories(search.resolve("in-the-way"));
    Files.writeString(input.resolve("c.md"), "---\ntitle: Third headline\ndate: 2024-03-04\n---\n\nA third body.\n");
    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder().build(new BuildOptions(input, out, templates, Optional.empty(), "Archive", false, false, 2), diagnostics);
    assertEquals(1, diagnostics.warningCount(), diagnostics.all().toString());
    String line = diagnostics.all().get(0).line();
    assertTrue(line.contains("the site is built, but the state kept for the next build was not saved"), line);
    assertFalse(line.contains("Exception"), line);
    assertTrue(Files.readString(out.resolve("index.html")).contains("Third headline"), "the new site is live");
    assertFalse(Files.exists(StateFolder.of(out).resolve("search.tmp")), "no temporary file left");
    assertOnlyTheSite(Set.of());

    // The next build does not use state that belongs to another site: it gives a clean build's site.
    deleteTree(search);
    Files.writeString(input.resolve("c.md"), "---\ntitle: Third headline\ndate: 2024-03-04\n---\n\nA third body, longer now.\n");
    build();
    Path clean = tmp.resolve("clean");
    new SiteBuilder().build(new BuildOptions(input, clean, templates, Optional.empty(), "Archive", false, false, 2), new Diagnostics());
    assertEquals(contents(clean), contents(out));
  }

  @Test
  void builds_of_one_folder_with_other_options_each_give_a_clean_builds_site() throws Exception {
    // As serve (the preview's address) and build --base-url (the real one) do, one after the other.
    for (String base : List.of("http://127.0.0.1:8000/", "https://example.org/news/", "http://127.0.0.1:8000/")) {
      Files.writeString(input.resolve("d.md"), "---\ntitle: Edited for " + base + "\ndate: 2024-04-05\n---\n\nBody.\n");
      new SiteBuilder().build(new BuildOptions(input, out, templates, Optional.of(base), "Archive", false, false, 2), new Diagnostics());
      Path clean = tmp.resolve("clean-" + Math.abs(base.hashCode()));
      new SiteBuilder().build(new BuildOptions(input, clean, templates, Optional.of(base), "Archive", false, false, 2), new Diagnostics());
      assertEquals(contents(clean), contents(out), base);
      deleteTree(clean);
    }
  }

  private static java.util.Map<String, String> contents(Path root) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readString(p));
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
