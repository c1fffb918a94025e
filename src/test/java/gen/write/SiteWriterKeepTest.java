package gen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterKeepTest {
  @TempDir Path out;

  private void build(String... pathsAndContents) throws Exception {
    try (SiteWriter w = SiteWriter.open(out, false)) {
      for (int i = 0; i < pathsAndContents.length; i += 2) w.write(pathsAndContents[i], pathsAndContents[i + 1]);
      w.commit();
    }
  }

  @Test
  void a_kept_page_stays_in_the_site_untouched() throws Exception {
    build("a.html", "A", "b.html", "B");
    WriteSummary s;
    try (SiteWriter w = SiteWriter.open(out, false)) {
      assertTrue(w.keep("a.html"));
      w.write("b.html", "B2");
      s = w.commit();
    }
    assertEquals(new WriteSummary(2, 1, 1, 0, java.util.List.of()), s);
    assertEquals("A", Files.readString(out.resolve("a.html")));
    // Still gen's own file in the next build: not written, and deleted when no longer made.
    build("b.html", "B2");
    assertFalse(Files.exists(out.resolve("a.html")));
  }

  @Test
  void a_page_the_previous_build_did_not_make_cannot_be_kept() throws Exception {
    build("a.html", "A");
    Files.delete(out.resolve("a.html"));
    try (SiteWriter w = SiteWriter.open(out, false)) {
      assertFalse(w.keep("a.html"), "file is gone");
      assertFalse(w.keep("new.html"), "never written");
      w.write("a.html", "A");
      assertEquals(1, w.commit().written());
    }
  }

  @Test
  void the_build_cache_folder_is_never_a_page() {
    assertThrows(IOException.class, () -> SitePaths.validate(".gen-cache/articles"));
  }
}
