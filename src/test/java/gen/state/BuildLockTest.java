package gen.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLockTest {
  @TempDir Path tmp;

  @Test
  void the_state_folder_is_beside_the_output_folder_one_per_output_folder() {
    Path site = tmp.resolve("site");
    assertEquals(tmp.resolve(".gen"), StateFolder.of(site).getParent());
    assertTrue(StateFolder.of(site).getFileName().toString().startsWith("site-"));
    assertEquals(StateFolder.of(site), StateFolder.of(tmp.resolve("x/../site")), "one folder, however it is named");
    assertNotEquals(StateFolder.of(site), StateFolder.of(tmp.resolve("other/site")));
    assertNotEquals(StateFolder.of(site), StateFolder.of(tmp.resolve("public")));
  }

  @Test
  void a_second_build_of_one_folder_waits_and_says_so() throws Exception {
    Path site = tmp.resolve("site");
    List<String> events = new CopyOnWriteArrayList<>();
    AtomicBoolean firstHolds = new AtomicBoolean(true);
    CompletableFuture<Void> second;
    try (BuildLock first = BuildLock.acquire(site, () -> events.add("first waited"))) {
      try (BuildLock again = BuildLock.acquire(site, () -> events.add("re-entry waited"))) {
        // re-entrant on the thread that holds it
      }
      second = CompletableFuture.runAsync(() -> {
        try (BuildLock l = BuildLock.acquire(site, () -> events.add("second waits"))) {
          events.add(firstHolds.get() ? "second got in while the first held it" : "second got in after");
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!events.contains("second waits") && System.nanoTime() < deadline) Thread.sleep(20);
      firstHolds.set(false);
    }
    second.get();
    assertEquals(List.of("second waits", "second got in after"), events);
    assertTrue(Files.isRegularFile(StateFolder.of(site).resolve(StateFolder.LOCK)));
    assertFalse(Files.exists(site), "the lock makes no output folder");
  }
}
