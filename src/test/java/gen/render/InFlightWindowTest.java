package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InFlightWindowTest {
  @Test
  void a_full_window_lets_the_asker_on_only_once_it_is_down_to_the_low_mark() throws Exception {
    InFlightWindow window = new InFlightWindow(4, 1);
    for (int i = 0; i < 4; i++) window.acquire();
    CountDownLatch through = new CountDownLatch(1);
    Thread asker = new Thread(() -> {
      try {
        window.acquire();
        through.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    asker.start();
    while (asker.getState() != Thread.State.WAITING) Thread.sleep(1); // waiting at the high mark
    window.release();
    window.release();
    // Two in flight, above the low mark: the asker still waits.
    assertEquals(false, through.await(200, TimeUnit.MILLISECONDS));
    window.release();
    assertTrue(through.await(10, TimeUnit.SECONDS));
    asker.join();
    assertEquals(2, window.inFlight());
  }

  @Test
  void below_the_high_mark_nobody_waits() throws Exception {
    InFlightWindow window = new InFlightWindow(3, 0);
    window.acquire();
    window.acquire();
    window.release();
    window.acquire();
    assertEquals(2, window.inFlight());
  }

  @Test
  void the_marks_must_leave_room() {
    assertThrows(IllegalArgumentException.class, () -> new InFlightWindow(2, 2));
  }
}
