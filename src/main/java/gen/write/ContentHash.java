package gen.write;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash a manifest keeps of each file: MurmurHash3 (x64, 128 bits), as 32 hex digits. It only
 * has to tell whether a file changed, and it is taken of every byte of every file of the site:
 * SHA-256, which gen used before, costs several times more CPU than that (the build JVM runs
 * without the C2 compiler, and with it without the SHA intrinsics). A manifest written with
 * SHA-256 (64 hex digits) is still understood: {@link #matches} hashes as the stored hash was made.
 */
final class ContentHash {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private ContentHash() {}

  static String of(byte[] data) {
    long h1 = 0;
    long h2 = 0;
    int len = data.length;
    int blocks = len / 16;
    for (int b = 0; b < blocks; b++) {
      int i = b * 16;
      long k1 = longAt(data, i);
      long k2 = longAt(data, i + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = blocks * 16;
    int rest = len - tail;
    if (rest > 8) h2 ^= mixK2(partialLong(data, tail + 8, rest - 8));
    if (rest > 0) h1 ^= mixK1(partialLong(data, tail, Math.min(rest, 8)));
    h1 ^= len;
    h2 ^= len;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    return HexFormat.of().toHexDigits(h1) + HexFormat.of().toHexDigits(h2);
  }

  /** Whether {@code data} is what {@code stored} (a hash from this or an older manifest) was taken of. */
  static boolean matches(String stored, byte[] data) {
    if (stored == null) return false;
    if (stored.length() == 64) return stored.equals(sha256(data));
    return stored.equals(of(data));
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** Eight bytes, little-endian: one load, not eight (every byte of the site passes here). */
  private static long longAt(byte[] d, int i) {
    return (long) LONGS.get(d, i);
  }

  /** The first {@code n} (1..8) bytes at {@code i}, little-endian. */
  private static long partialLong(byte[] d, int i, int n) {
    long k = 0;
    for (int j = n - 1; j >= 0; j--) k = (k << 8) | (d[i + j] & 0xFFL);
    return k;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
