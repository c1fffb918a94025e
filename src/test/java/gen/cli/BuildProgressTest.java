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
  void prints_occasional_plain_lines_in_a_log() {
    AtomicLong now = new AtomicLong();
    StringWriter err = new StringWriter();
    BuildProgress p = new BuildProgress(new PrintWriter(err), BuildProgress.Style.LINES, now::get);
    p.loaded(1, 100);
    now.set(BuildProgress.DELAY_MILLIS);
    p.loaded(2, 100);
    p.loaded(3, 100);
    now.addAndGet(BuildProgress.LINE_MILLIS);
    p.loaded(40, 100);
    p.finish();
    assertEquals("Reading: 2 of 100 files\nReading: 40 of 100 files\n", err.toString().replace("\r\n", "\n"));
  }

  @Test
  void counts_one_page_in_the_singular() {
    AtomicLong now = new AtomicLong(BuildProgress.DELAY_MILLIS);
    StringWriter err = new StringWriter();
    BuildProgress p = new BuildProgress(new PrintWriter(err), BuildProgress.Style.LINES, () -> now.get());
    now.set(2 * BuildProgress.DELAY_MILLIS);
    p.rendered("index.html");
    now.addAndGet(BuildProgress.LINE_MILLIS);
    p.rendered("feed.xml");
    assertEquals("Rendering: 1 page\nRendering: 2 pages\n", err.toString().replace("\r\n", "\n"));
  }

  @Test
  void the_style_follows_the_terminal_and_quiet() {
    assertEquals(BuildProgress.Style.BAR, BuildProgress.styleFor(false, new Terminal(true)));
    assertEquals(BuildProgress.Style.LINES, BuildProgress.styleFor(false, new Terminal(false)));
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
