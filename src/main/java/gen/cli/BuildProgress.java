package gen.cli;

import gen.site.BuildListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Progress of a build that takes a while, on stderr. Nothing for the first {@value #DELAY_MILLIS}
 * ms: a quick build prints its summary line and nothing else. After that, on a terminal, one bar
 * redrawn in place at most every {@value #REDRAW_MILLIS} ms and erased before the summary. In a
 * log or a pipe nothing: lines of counts taken mid-build would be read beside the summary line,
 * whose counts are the build's. Always counts the rendered pages.
 */
final class BuildProgress implements BuildListener {
  static final long DELAY_MILLIS = 1500;
  static final long REDRAW_MILLIS = 100;
  private static final int BAR_WIDTH = 30;

  /** How progress is shown. */
  enum Style {
    /** A redrawn bar: a person's terminal. */
    BAR,
    /** Nothing: {@code --quiet}; a log file, a pipe, {@code NO_COLOR}; a caller that only wants the page count. */
    NONE
  }

  private final PrintWriter err;
  private final Style style;
  private final LongSupplier clockMillis;
  private final long start;
  private final AtomicInteger pages = new AtomicInteger();
  private long lastDraw;
  private boolean drawn;

  BuildProgress(PrintWriter err, Style style, LongSupplier clockMillis) {
    this.err = err;
    this.style = style;
    this.clockMillis = clockMillis;
    this.start = clockMillis.getAsLong();
  }

  static Style styleFor(boolean quiet, Terminal terminal) {
    return !quiet && terminal.interactive() ? Style.BAR : Style.NONE;
  }

  int pages() {
    return pages.get();
  }

  @Override
  public void loaded(int done, int total) {
    show(() -> bar("Reading", done, total));
  }

  @Override
  public void rendered(String path) {
    int n = pages.incrementAndGet();
    String unit = n == 1 ? "page" : "pages";
    show(() -> String.format(Locale.ROOT, "Rendering  %,d %s", n, unit));
  }

  /** Said even with {@code --quiet}: a build that seems to hang should say why. */
  @Override
  public synchronized void waiting(java.nio.file.Path output) {
    err.println("gen: waiting for another build of " + output + " to finish");
    err.flush();
  }

  private synchronized void show(Supplier<String> text) {
    if (style == Style.NONE) return;
    long now = clockMillis.getAsLong();
    if (now - start < DELAY_MILLIS || (drawn && now - lastDraw < REDRAW_MILLIS)) return;
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

  static String bar(String stage, int done, int total) {
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
    return String.format(
        Locale.ROOT, "%-10s [%s%s] %,d/%,d files", stage, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total);
  }
}
