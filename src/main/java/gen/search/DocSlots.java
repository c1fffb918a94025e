package gen.search;

import gen.text.Fingerprint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Document ids that do not depend on the archive's order, so that adding, removing or changing
 * one article leaves every other article's id, and so the postings and files that hold it, alone.
 * A document's home slot is a hash of its path in a table of {@link #slotsFor} slots (a power of
 * two, at least twice the documents); a document whose home is taken gets the next free slot,
 * documents placed in order of (home, path). So the ids are a function of the set of paths only:
 * a rebuild and a clean build of the same archive give every document the same id, and an added
 * document moves at most the few documents after it in its (short, at half load) run of taken slots.
 */
final class DocSlots {
  private DocSlots() {}

  static int slotsFor(int documents) {
    int m = 16;
    while (m < 2L * documents) m <<= 1;
    return m;
  }

  static int home(String path, int slots) {
    byte[] b = new Fingerprint().add(path).bytes();
    int h = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    return h & (slots - 1);
  }

  /** The slot of each path, in the order given. Paths must be distinct. */
  static int[] assign(List<String> paths, int slots) {
    int n = paths.size();
    int[] homes = new int[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      homes[i] = home(paths.get(i), slots);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> homes[i]).thenComparing(paths::get));
    boolean[] used = new boolean[slots];
    int[] out = new int[n];
    for (int i : order) {
      int s = homes[i];
      while (used[s]) s = (s + 1) & (slots - 1);
      used[s] = true;
      out[i] = s;
    }
    return out;
  }
}
