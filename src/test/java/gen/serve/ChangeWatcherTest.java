package gen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {
  @TempDir Path tmp;

  @Test
  void a_folder_made_after_watching_began_is_watched_from_then_on() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("seeds"));
    Path templates = tmp.resolve("templates");
    Path output = Files.createDirectories(tmp.resolve("site"));
    AtomicInteger changes = new AtomicInteger();
    try (ChangeWatcher watcher = new ChangeWatcher(List.of(input, templates), List.of(output), 100, changes::incrementAndGet)) {
      watcher.start();
      Files.writeString(output.resolve("index.html"), "the site being written");
      Files.writeString(tmp.resolve("notes.txt"), "beside the roots, not in them");
      Thread.sleep(400);
      assertEquals(0, changes.get(), "neither the output nor a file beside the roots is a change");

      Files.createDirectories(templates);
      awaitAbove(0, changes::get);
      int afterCreation = changes.get();
      Thread.sleep(300); // the watch on the new folder is in place once its creation was handled
      Files.writeString(templates.resolve("layout.ftlh"), "<html></html>");
      awaitAbove(afterCreation, changes::get);

      // Deleted and made again: still watched.
      Files.delete(templates.resolve("layout.ftlh"));
      Files.delete(templates);
      Thread.sleep(300);
      int afterDeletion = changes.get();
      Files.createDirectories(templates);
      Thread.sleep(300);
      Files.writeString(templates.resolve("article.ftlh"), "<p></p>");
      awaitAbove(afterDeletion, changes::get);
    }
  }

  @Test
  void a_watched_file_is_a_change_when_saved_made_or_deleted_and_its_neighbours_are_not() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("seeds"));
    Path settings = tmp.resolve("gen.yaml");
    AtomicInteger changes = new AtomicInteger();
    try (ChangeWatcher watcher = new ChangeWatcher(List.of(input, settings), List.of(), 100, changes::incrementAndGet)) {
      watcher.start();
      Files.writeString(tmp.resolve("notes.txt"), "beside the settings file");
      Thread.sleep(400);
      assertEquals(0, changes.get(), "a file beside the watched one is not a change");

      Files.writeString(settings, "title: One\n");
      awaitAbove(0, changes::get);
      int afterCreation = changes.get();
      Thread.sleep(300);
      Files.writeString(settings, "title: Two\n");
      awaitAbove(afterCreation, changes::get);
      int afterSave = changes.get();
      Thread.sleep(300);
      Files.delete(settings);
      awaitAbove(afterSave, changes::get);
    }
  }

  private static void awaitAbove(int count, IntSupplier changes) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (changes.getAsInt() <= count && System.nanoTime() < deadline) Thread.sleep(20);
    assertTrue(changes.getAsInt() > count, "no change seen after " + count);
  }
}
