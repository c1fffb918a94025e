package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageQueueTest {
  @TempDir Path dir;

  @Test
  void closing_waits_for_the_pages_being_rendered_so_none_reaches_the_sink_after() throws Exception {
    Files.writeString(dir.resolve("t.ftlh"), "x");
    Templates templates = new Templates(new Theme(Optional.of(dir)));
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean inSink = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    // A sink that takes a while and does not stop when interrupted, as a file being written.
    PageSink slow = (path, content) -> {
      inSink.set(true);
      started.countDown();
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (System.nanoTime() < until) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          // carries on, as a write under way would
        }
      }
      written.incrementAndGet();
      inSink.set(false);
    };
    PageQueue queue = new PageQueue(templates, slow, PageKeys.NONE, 2, p -> {}, new ModelDigest(), PageReuse.NONE);
    queue.page("a.html", "t.ftlh", new HashMap<>());
    started.await();
    queue.close(); // as a build that failed elsewhere gives up
    assertFalse(inSink.get(), "a page was still on its way to the sink after close()");
    assertEquals(1, written.get());
  }
}
