package gen.cli;

import gen.site.BuildListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A progress bar on a terminal for builds that take a while: nothing for the first
 * {@value #DELAY_MILLIS} ms (a quick build should print one line, not flicker), then one line
 * redrawn in place at most every {@value #REDRAW_MILLIS} ms, erased before the summary.
 */
final class BuildProgress implements BuildListener {
  static final long DELAY_MILLIS = 1500;
  static final long REDRAW_MILLIS = 100;
  private static final int BAR_WIDTH = 30;

  private final PrintWriter err;
  private final boolean draw;
  private final LongSupplier clockMillis;
  private final long start;
  private final AtomicInteger pages = new AtomicInteger();
  private long lastDraw;
  private boolean drawn;

  /** @param draw false to only count (not a terminal, or {@code --quiet}) */
  BuildProgress(PrintWriter err, boolean draw, LongSupplier clockMillis) {
    this.err = err;
    this.draw = draw;
    this.clockMillis = clockMillis;
    this.start = clockMillis.getAsLong();
  }

  int pages() {
    return pages.get();
  }

  @Override
  public void loaded(int done, int total) {
    maybeDraw(() -> line("Reading", done, total));
  }

  @Override
  public void rendered(String path) {
    int n = pages.incrementAndGet();
    maybeDraw(() -> String.format(Locale.ROOT, "Rendering  %,d pages", n));
  }

  private synchronized void maybeDraw(java.util.function.Supplier<String> text) {
    if (!draw) return;
    long now = clockMillis.getAsLong();
    if (now - start < DELAY_MILLIS || now - lastDraw < REDRAW_MILLIS) return;
    lastDraw = now;
    drawn = true;
    err.print("\r\033[2K" + text.get());
    err.flush();
  }

  /** Erases the bar so the summary line starts clean. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r\033[2K");
      err.flush();
    }
    drawn = false;
  }

  static String line(String stage, int done, int total) {
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
    return String.format(
        Locale.ROOT, "%-10s [%s%s] %,d/%,d files", stage, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total);
  }
}
