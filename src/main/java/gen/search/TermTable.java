package gen.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The terms of an index being built, each numbered once, and the counts of the document being
 * read. An ASCII word is looked up by its bytes, lower-cased on the way, and the hash the scan
 * made of them: a term seen before (almost every word of a text) costs no string. Terms from {@link SearchTokenizer} (titles, words with
 * other letters) are looked up as strings; one that is ASCII finds the same number as its bytes.
 */
final class TermTable implements Utf8TermScanner.Sink {
  private static final int NONE = -1;

  /** Open addressing: term number, or NONE. */
  private int[] table = new int[1 << 14];
  /** Per term number: its text, and for an ASCII term its lower-case bytes in {@link #pool}. */
  private String[] terms = new String[1 << 12];
  private int[] hashes = new int[1 << 12];
  private int[] poolFrom = new int[1 << 12];
  private int[] poolLength = new int[1 << 12];
  private byte[] pool = new byte[1 << 16];
  private int poolSize;
  private int size;
  /** Terms with a non-ASCII character. */
  private final Map<String, Integer> others = new HashMap<>();

  /** The document being counted: each term's count, the terms it has, its length. */
  private int[] counts = new int[1 << 12];
  private int[] touched = new int[256];
  private int touchedSize;
  private int length;
  private int weight = 1;

  TermTable() {
    Arrays.fill(table, NONE);
  }

  int size() {
    return size;
  }

  String term(int id) {
    return terms[id];
  }

  /** Counts the terms of {@code title} ({@link TermCounts#TITLE_BOOST} each) and of a body's UTF-8. */
  void countDocument(String title, byte[] body, int from, int to) {
    weight = TermCounts.TITLE_BOOST;
    SearchTokenizer.forEachTerm(title, this::term);
    weight = 1;
    Utf8TermScanner.scan(body, from, to, this);
  }

  /** The length of the document counted, in terms (as {@link TermCounts#length}). */
  int length() {
    return length;
  }

  /** How many different terms the document counted has. */
  int touchedSize() {
    return touchedSize;
  }

  /** The {@code k}-th different term of the document counted. */
  int touched(int k) {
    return touched[k];
  }

  /** The count of term {@code id} in the document counted. */
  int count(int id) {
    return counts[id];
  }

  /** Forgets the document counted, for the next. */
  void clearDocument() {
    for (int k = 0; k < touchedSize; k++) counts[touched[k]] = 0;
    touchedSize = 0;
    length = 0;
  }

  @Override
  public void ascii(byte[] bytes, int from, int to, int h) {
    int mask = table.length - 1;
    int at = mix(h) & mask;
    int n = to - from;
    while (true) {
      int id = table[at];
      if (id == NONE) break;
      if (hashes[id] == h && poolLength[id] == n && sameBytes(id, bytes, from, n)) {
        add(id);
        return;
      }
      at = (at + 1) & mask;
    }
    byte[] lowered = new byte[n];
    for (int k = 0; k < n; k++) lowered[k] = (byte) (bytes[from + k] | 0x20);
    add(insert(at, h, lowered, new String(lowered, java.nio.charset.StandardCharsets.ISO_8859_1)));
  }

  @Override
  public void term(String term) {
    add(idOf(term));
  }

  private int idOf(String term) {
    int n = term.length();
    for (int i = 0; i < n; i++) {
      if (term.charAt(i) >= 0x80) return others.computeIfAbsent(term, t -> insertOther(t));
    }
    int h = Utf8TermScanner.hash(term);
    int mask = table.length - 1;
    int at = mix(h) & mask;
    while (true) {
      int id = table[at];
      if (id == NONE) break;
      if (hashes[id] == h && poolLength[id] == n && sameChars(id, term)) return id;
      at = (at + 1) & mask;
    }
    byte[] bytes = new byte[n];
    for (int k = 0; k < n; k++) bytes[k] = (byte) term.charAt(k);
    return insert(at, h, bytes, term);
  }

  private void add(int id) {
    if (counts[id] == 0) {
      if (touchedSize == touched.length) touched = Arrays.copyOf(touched, touchedSize * 2);
      touched[touchedSize++] = id;
    }
    counts[id] += weight;
    length += weight;
  }

  private int insertOther(String term) {
    int id = newId(term, 0);
    poolLength[id] = -1;
    return id;
  }

  private int insert(int at, int h, byte[] lowered, String term) {
    int id = newId(term, h);
    if (poolSize + lowered.length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + lowered.length));
    }
    System.arraycopy(lowered, 0, pool, poolSize, lowered.length);
    poolFrom[id] = poolSize;
    poolLength[id] = lowered.length;
    poolSize += lowered.length;
    table[at] = id;
    if (size * 2 > table.length) rehash();
    return id;
  }

  private int newId(String term, int h) {
    if (size == terms.length) {
      int more = size * 2;
      terms = Arrays.copyOf(terms, more);
      hashes = Arrays.copyOf(hashes, more);
      poolFrom = Arrays.copyOf(poolFrom, more);
      poolLength = Arrays.copyOf(poolLength, more);
      counts = Arrays.copyOf(counts, more);
    }
    terms[size] = term;
    hashes[size] = h;
    return size++;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    Arrays.fill(bigger, NONE);
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      if (poolLength[id] < 0) continue;
      int at = mix(hashes[id]) & mask;
      while (bigger[at] != NONE) at = (at + 1) & mask;
      bigger[at] = id;
    }
    table = bigger;
  }

  /** Whether term {@code id} is the lower case of the ASCII letters and digits {@code bytes[from, +n)}. */
  private boolean sameBytes(int id, byte[] bytes, int from, int n) {
    int p = poolFrom[id];
    for (int k = 0; k < n; k++) {
      if (pool[p + k] != (byte) (bytes[from + k] | 0x20)) return false;
    }
    return true;
  }

  private boolean sameChars(int id, String term) {
    int p = poolFrom[id];
    for (int k = 0; k < term.length(); k++) {
      if (pool[p + k] != term.charAt(k)) return false;
    }
    return true;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
