package gen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BuildProgressTest {
  @Test
  void stays_silent_for_a_quick_build_then_draws_one_redrawn_line() {
    AtomicLong now = new AtomicLong(1_000);
    StringWriter err = new StringWriter();
    BuildProgress p = new BuildProgress(new PrintWriter(err), BuildProgress.Style.BAR, now::get);
    p.loaded(1, 10);
    assertEquals("", err.toString(), "nothing in the first moment");
    now.addAndGet(BuildProgress.DELAY_MILLIS);
    p.loaded(5, 10);
    assertTrue(err.toString().startsWith("\r\033[2KReading    [###############...............] 5/10 files"), err.toString());
    p.finish();
    assertTrue(err.toString().endsWith("\r\033[2K"), "the bar is erased before the summary");
  }

  @Test
  void only_counts_pages_when_not_drawing() {
    AtomicLong now = new AtomicLong();
    StringWriter err = new StringWriter();
    BuildProgress p = new BuildProgress(new PrintWriter(err), BuildProgress.Style.NONE, now::get);
    now.set(60_000);
    p.rendered("index.html");
    p.rendered("articles/a.html");
    p.finish();
    assertEquals(2, p.pages());
    assertEquals("", err.toString());
  }

  @Test
  void prints_nothing_in_a_log_or_a_pipe_however_long_the_build() {
    AtomicLong now = new AtomicLong();
    StringWriter err = new StringWriter();
    BuildProgress p = new BuildProgress(new PrintWriter(err), BuildProgress.styleFor(false, new Terminal(false)), now::get);
    p.loaded(1, 100);
    now.set(10 * BuildProgress.DELAY_MILLIS);
    p.loaded(40, 100);
    p.rendered("index.html");
    now.addAndGet(60_000);
    p.rendered("feed.xml");
    p.finish();
    assertEquals("", err.toString(), "no counts that differ from the summary's");
    assertEquals(2, p.pages(), "still counted for the summary");
  }

  @Test
  void counts_one_page_in_the_singular() {
    AtomicLong now = new AtomicLong(BuildProgress.DELAY_MILLIS);
    StringWriter err = new StringWriter();
    BuildProgress p = new BuildProgress(new PrintWriter(err), BuildProgress.Style.BAR, () -> now.get());
    now.set(2 * BuildProgress.DELAY_MILLIS);
    p.rendered("index.html");
    assertTrue(err.toString().endsWith("Rendering  1 page"), err.toString());
    now.addAndGet(BuildProgress.REDRAW_MILLIS);
    p.rendered("feed.xml");
    assertTrue(err.toString().endsWith("Rendering  2 pages"), err.toString());
  }

  @Test
  void the_style_follows_the_terminal_and_quiet() {
    assertEquals(BuildProgress.Style.BAR, BuildProgress.styleFor(false, new Terminal(true)));
    assertEquals(BuildProgress.Style.NONE, BuildProgress.styleFor(false, new Terminal(false)));
    assertEquals(BuildProgress.Style.NONE, BuildProgress.styleFor(true, new Terminal(true)));
  }

  @Test
  void a_terminal_is_interactive_unless_no_color_or_dumb() {
    assertTrue(Terminal.of(true, Map.of("TERM", "xterm-256color")).interactive());
    assertFalse(Terminal.of(false, Map.of("TERM", "xterm")).interactive(), "a pipe or a file");
    assertFalse(Terminal.of(true, Map.of("NO_COLOR", "1")).interactive());
    assertFalse(Terminal.of(true, Map.of("TERM", "dumb")).interactive());
  }
}
