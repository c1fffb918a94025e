package gen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.write.SwapJournal.Kind;
import gen.write.SwapJournal.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A swap cut short after any number of renames, even halfway through one step, is undone. */
class SwapJournalTest {
  @TempDir Path tmp;

  private static final List<Step> STEPS =
      List.of(
          new Step(Kind.FOLDER, "f"),
          new Step(Kind.MKDIR, "d"),
          new Step(Kind.MKDIR, "d/e"),
          new Step(Kind.ADD, "d/e/new.html"),
          new Step(Kind.REPLACE, "a.html"),
          new Step(Kind.DELETE, "b.html"),
          new Step(Kind.REPLACE, "c.html"),
          new Step(Kind.REPLACE, SwapJournal.MANIFEST));

  private static SwapJournal journal(Path out, List<Step> steps) {
    return new SwapJournal(out, out.resolve(SiteWriter.STAGING), Manifest.fileOf(out), steps);
  }

  private Path prepare(String name) throws Exception {
    Path out = Files.createDirectories(tmp.resolve(name));
    Files.writeString(out.resolve("a.html"), "old a");
    Files.writeString(out.resolve("b.html"), "old b");
    Files.writeString(out.resolve("c.html"), "old c");
    Files.createDirectories(Manifest.fileOf(out).getParent());
    Files.writeString(Manifest.fileOf(out), "old manifest");
    Files.writeString(out.resolve("CNAME"), "mine");
    Path staging = Files.createDirectories(out.resolve(SiteWriter.STAGING));
    Path fresh = Files.createDirectories(staging.resolve("new/d/e"));
    Files.writeString(fresh.resolve("new.html"), "new");
    Path whole = Files.createDirectories(staging.resolve("new/f/g"));
    Files.writeString(whole.resolve("one.html"), "1");
    Files.writeString(whole.resolve("two.html"), "2");
    Files.writeString(staging.resolve("new/a.html"), "new a");
    Files.writeString(staging.resolve("new/c.html"), "new c");
    Files.writeString(journal(out, STEPS).newFile(SwapJournal.MANIFEST), "new manifest");
    return out;
  }

  @Test
  void rolls_back_a_swap_cut_short_after_any_step() throws Exception {
    for (int done = 0; done <= STEPS.size(); done++) {
      Path out = prepare("site" + done);
      Map<String, String> before = SiteWriterTest.tree(out);
      Path staging = out.resolve(SiteWriter.STAGING);
      journal(out, STEPS).save();
      journal(out, STEPS.subList(0, done)).apply();
      assertTrue(SiteWriter.recover(out));
      assertEquals(before, SiteWriterTest.tree(out), "after " + done + " steps");
      assertEquals("old manifest", Files.readString(Manifest.fileOf(out)), "the manifest in the state folder too");
      assertFalse(Files.exists(out.resolve("d")), "folders the swap made are gone");
      assertFalse(Files.exists(out.resolve("f")), "a folder moved in whole is moved out again");
      assertFalse(SiteWriter.recover(out), "nothing left to undo");
    }
  }

  @Test
  void rolls_back_a_replacement_cut_between_its_two_renames() throws Exception {
    Path out = prepare("site");
    Map<String, String> before = SiteWriterTest.tree(out);
    Path staging = out.resolve(SiteWriter.STAGING);
    journal(out, STEPS).save();
    journal(out, STEPS.subList(0, 3)).apply();
    Files.createDirectories(staging.resolve("old"));
    Files.move(out.resolve("a.html"), staging.resolve("old/a.html")); // the old file is aside, the new not yet in
    assertTrue(SiteWriter.recover(out));
    assertEquals(before, SiteWriterTest.tree(out));
  }

  @Test
  void a_folder_step_moves_the_whole_staged_folder_in_one_rename() throws Exception {
    Path out = prepare("site");
    Path staging = out.resolve(SiteWriter.STAGING);
    SwapJournal journal = journal(out, STEPS);
    journal.save();
    journal.apply();
    journal.complete();
    assertEquals("1", Files.readString(out.resolve("f/g/one.html")));
    assertEquals("2", Files.readString(out.resolve("f/g/two.html")));
    assertFalse(Files.exists(staging.resolve("new/f")));
    assertEquals("new manifest", Files.readString(Manifest.fileOf(out)));
    assertFalse(Files.exists(journal.oldFile(SwapJournal.MANIFEST)), "the previous manifest is not kept once the swap is done");
    assertFalse(SiteWriter.recover(out), "a completed swap leaves nothing to undo");
  }

  @Test
  void the_next_build_rolls_back_first() throws Exception {
    Path out = prepare("site");
    Map<String, String> before = SiteWriterTest.tree(out);
    Path staging = out.resolve(SiteWriter.STAGING);
    journal(out, STEPS).save();
    journal(out, STEPS.subList(0, 5)).apply();
    // "old manifest" is not a real manifest: this folder counts as gen's because of the staging folder.
    try (SiteWriter w = SiteWriter.open(out, true)) {
      assertEquals(before, SiteWriterTest.tree(out));
    }
  }
}
