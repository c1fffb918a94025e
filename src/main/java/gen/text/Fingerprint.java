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
    return add(java.nio.ByteBuffer.wrap(bytes));
  }

  /** The bytes remaining in {@code buffer} (left where it was), as {@link #add(byte[])} of them. */
  public Fingerprint add(java.nio.ByteBuffer buffer) {
    java.nio.ByteBuffer b = buffer.duplicate().order(java.nio.ByteOrder.BIG_ENDIAN);
    int n = b.remaining();
    add(n);
    // Eight bytes at a time, big-endian: the value the byte-by-byte loop below makes of them.
    while (b.remaining() >= 8) add(b.getLong());
    if (b.hasRemaining()) {
      long v = 0;
      while (b.hasRemaining()) v = (v << 8) | (b.get() & 0xFF);
      add(v);
    }
    return this;
  }

  /** The UTF-16 code units of {@code s}, four to a step, preceded by its length. */
  public Fingerprint add(CharSequence s) {
    int n = s.length();
    add(n);
    // Copied out once: charAt through the interface, checked at every call, was half the cost.
    char[] c = s instanceof String str ? str.toCharArray() : s.toString().toCharArray();
    int i = 0;
    long a = h1;
    long b = h2;
    for (; i + 4 <= n; i += 4) {
      long v = ((long) c[i] << 48) | ((long) c[i + 1] << 32) | ((long) c[i + 2] << 16) | c[i + 3];
      a = Long.rotateLeft(a ^ (v * P1), 31) * P2;
      b = Long.rotateLeft(b + (v * P3), 27) * P4 ^ (a >>> 29);
    }
    h1 = a;
    h2 = b;
    count += n / 4;
    long rest = 0;
    for (; i < n; i++) rest = (rest << 16) | c[i];
    return add(rest);
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
