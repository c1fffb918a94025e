package gen.site;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;
import java.util.Optional;

/**
 * Wall time and process CPU time of a build's phases, printed to stderr when the environment
 * variable {@code GEN_TIMINGS} is set: CPU time close to twice the wall time means a phase keeps
 * two cores busy, close to the wall time means it runs on one. Each line also gives the heap in
 * use and the collections so far: with a young generation too large to fill (say {@code -Xmn3g}
 * and {@code GEN_SAME_JVM=1}), the growth of the heap is what a phase allocated. For tuning, not
 * for users.
 */
final class PhaseClock {
  private final Optional<PrintStream> out;
  private final long start;
  private long wall;
  private long cpu;

  private PhaseClock(Optional<PrintStream> out) {
    this.out = out;
    this.start = System.nanoTime();
    this.wall = start;
    this.cpu = processCpuNanos();
  }

  static PhaseClock fromEnvironment() {
    return new PhaseClock(System.getenv("GEN_TIMINGS") == null ? Optional.empty() : Optional.of(System.err));
  }

  /** Ends the phase running since the previous lap (or the start) and prints it. */
  void lap(String phase) {
    if (out.isEmpty()) return;
    long nowWall = System.nanoTime();
    long nowCpu = processCpuNanos();
    Runtime runtime = Runtime.getRuntime();
    long collections = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
    }
    out.get().printf(Locale.ROOT, "timing: %-10s wall %6.2f s  cpu %6.2f s  (total %6.2f s)  heap %5.0f MB, %d GCs%n",
        phase, (nowWall - wall) / 1e9, (nowCpu - cpu) / 1e9, (nowWall - start) / 1e9,
        (runtime.totalMemory() - runtime.freeMemory()) / 1e6, collections);
    wall = nowWall;
    cpu = nowCpu;
  }

  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }
}
