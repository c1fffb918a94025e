package gen.text;

/**
 * A fast 128-bit fingerprint (two 64-bit multiply-rotate lanes with a final avalanche), for telling
 * whether a page's (or a search file's) inputs are the same as in the previous build. Not cryptographic: it is compared
 * only with fingerprints of gen's own earlier builds of the same folder. For unrelated inputs the
 * chance that a changed page keeps its fingerprint is about 2<sup>-128</sup> per page; someone who
 * controls the input and wants a stale page could search for a collision, but could as well write
 * the content they want into the input, so nothing is gained by it. SHA-256 cost about a third of
 * a rebuild without changes (on the C1 compiler, which has no SHA intrinsics); this costs a few
 * multiplications per 8 bytes.
 */
public final class Fingerprint {
  private static final long P1 = 0x9E3779B97F4A7C15L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x27D4EB2F165667C5L;

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);
  private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[1024]);

  private long h1 = 0x243F6A8885A308D3L;
  private long h2 = 0x13198A2E03707344L;
  private long count;

  public Fingerprint add(long v) {
    count++;
    h1 = Long.rotateLeft(h1 ^ (v * P1), 31) * P2;
    h2 = Long.rotateLeft(h2 + (v * P3), 27) * P4 ^ (h1 >>> 29);
    return this;
  }

  public Fingerprint add(byte[] bytes) {
    return add(bytes, 0, bytes.length);
  }

  /** {@code bytes[from, from + length)}: their length, then eight bytes at a time, big-endian. */
  public Fingerprint add(byte[] bytes, int from, int length) {
    java.util.Objects.checkFromIndexSize(from, length, bytes.length);
    add(length);
    int i = from;
    int end = from + length;
    long a = h1;
    long b = h2;
    for (; i + 8 <= end; i += 8) {
      long v = (long) LONGS.get(bytes, i);
      a = Long.rotateLeft(a ^ (v * P1), 31) * P2;
      b = Long.rotateLeft(b + (v * P3), 27) * P4 ^ (a >>> 29);
    }
    h1 = a;
    h2 = b;
    count += length / 8;
    if (i < end) {
      long v = 0;
      for (; i < end; i++) v = (v << 8) | (bytes[i] & 0xFF);
      add(v);
    }
    return this;
  }

  /** The bytes remaining in {@code buffer} (left where it was), as {@link #add(byte[])} of them. */
  public Fingerprint add(java.nio.ByteBuffer buffer) {
    if (buffer.hasArray()) {
      return add(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
    }
    byte[] copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return add(copy);
  }

  /** The UTF-16 code units of {@code s}, four to a step, preceded by its length. */
  public Fingerprint add(CharSequence s) {
    int n = s.length();
    add(n);
    // Copied out a chunk at a time into a buffer kept by the thread: charAt through the interface,
    // checked at every call, was half the cost, and a whole copy of every string a tenth of a
    // rebuild's allocation. The chunk is a multiple of four, so steps never straddle two chunks.
    char[] c = CHUNK.get();
    String str = s instanceof String x ? x : s.toString();
    long a = h1;
    long b = h2;
    int done = 0;
    while (n - done >= 4) {
      int take = Math.min(c.length, (n - done) & ~3);
      str.getChars(done, done + take, c, 0);
      for (int i = 0; i < take; i += 4) {
        long v = ((long) c[i] << 48) | ((long) c[i + 1] << 32) | ((long) c[i + 2] << 16) | c[i + 3];
        a = Long.rotateLeft(a ^ (v * P1), 31) * P2;
        b = Long.rotateLeft(b + (v * P3), 27) * P4 ^ (a >>> 29);
      }
      done += take;
    }
    h1 = a;
    h2 = b;
    count += n / 4;
    long rest = 0;
    for (int i = done; i < n; i++) rest = (rest << 16) | str.charAt(i);
    return add(rest);
  }

  /**
   * {@code s} or null, with a tag before it: null, {@code ""} and where one string ends and the next
   * begins all stay apart.
   */
  public Fingerprint addNullable(CharSequence s) {
    if (s == null) return add(-1);
    add(1);
    return add(s);
  }

  /** The fingerprint as 16 bytes. */
  public byte[] bytes() {
    long a = mix(h1 ^ count);
    long b = mix(h2 + a);
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (a >>> (56 - 8 * i));
      out[8 + i] = (byte) (b >>> (56 - 8 * i));
    }
    return out;
  }

  /** The fingerprint as 32 lower-case hex digits. */
  public String hex() {
    return java.util.HexFormat.of().formatHex(bytes());
  }

  /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85A53L;
    return z ^ (z >>> 33);
  }
}
