package gen.cli;

import java.util.List;

/**
 * The heap a build's JVM starts with. Its collector keeps the heap near what is alive (the
 * measurements below were made with the serial collector; the parallel one, with fixed sizes,
 * grows its heap the same way), and a
 * build's live set only grows while it loads the archive: at 100,000 articles the heap grew in
 * small steps, each after a full collection that found everything alive (10 of them, 42 s of
 * pauses in a first build on a loaded machine; 5 and 12.7 s of a 32 s no-change rebuild). Started
 * at 1.5 GB, the same build made one (8.5 s of pauses) and peaked at the same RSS: pages of the
 * heap that are never used are never touched. The young generation then starts at its full size
 * too (256 MB when this was measured, 128 MB now): half as many young collections at 10,000
 * articles then, for ~100 MB more peak RSS there.
 */
final class HeapHint {
  static final long INITIAL_BYTES = 1536L << 20;

  private HeapHint() {}

  /** The child JVM's initial-heap flag, for a machine whose default maximum heap is {@code maxHeap}. */
  static List<String> flags(long maxHeap) {
    // The child's maximum heap is the JVM's default for this machine, as this JVM's is: an initial
    // heap above it would stop the child from starting at all.
    long initial = Math.min(INITIAL_BYTES, maxHeap / 2);
    return initial < (64L << 20) || maxHeap == Long.MAX_VALUE ? List.of() : List.of("-Xms" + (initial >> 20) + "m");
  }
}
