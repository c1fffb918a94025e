package gen.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  /** The definition, one value at a time: what the chunked loops must give. */
  private static Fingerprint reference(byte[] bytes) {
    Fingerprint f = new Fingerprint();
    f.add(bytes.length);
    int i = 0;
    for (; i + 8 <= bytes.length; i += 8) {
      long v = 0;
      for (int k = 0; k < 8; k++) v = (v << 8) | (bytes[i + k] & 0xFF);
      f.add(v);
    }
    if (i < bytes.length) {
      long v = 0;
      for (; i < bytes.length; i++) v = (v << 8) | (bytes[i] & 0xFF);
      f.add(v);
    }
    return f;
  }

  private static Fingerprint reference(String s) {
    Fingerprint f = new Fingerprint();
    f.add(s.length());
    int i = 0;
    for (; i + 4 <= s.length(); i += 4) {
      f.add(((long) s.charAt(i) << 48) | ((long) s.charAt(i + 1) << 32) | ((long) s.charAt(i + 2) << 16) | s.charAt(i + 3));
    }
    long rest = 0;
    for (; i < s.length(); i++) rest = (rest << 16) | s.charAt(i);
    return f.add(rest);
  }

  @Test
  void bytes_strings_and_buffers_of_every_length_give_the_value_of_the_definition() {
    SplittableRandom r = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 1023, 1024, 1025, 4095, 4096, 4100, 10_007}) {
      byte[] bytes = new byte[n];
      for (int i = 0; i < n; i++) bytes[i] = (byte) r.nextInt(256);
      byte[] want = reference(bytes).bytes();
      assertArrayEquals(want, new Fingerprint().add(bytes).bytes(), "bytes " + n);
      assertArrayEquals(want, new Fingerprint().add(ByteBuffer.wrap(bytes)).bytes(), "buffer " + n);
      byte[] padded = new byte[n + 5];
      System.arraycopy(bytes, 0, padded, 3, n);
      assertArrayEquals(want, new Fingerprint().add(padded, 3, n).bytes(), "slice " + n);
      assertArrayEquals(want, new Fingerprint().add(ByteBuffer.wrap(padded, 3, n).slice()).bytes(), "sliced buffer " + n);
      ByteBuffer direct = ByteBuffer.allocateDirect(n).put(bytes).flip();
      assertArrayEquals(want, new Fingerprint().add(direct).bytes(), "direct buffer " + n);

      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) sb.append((char) r.nextInt(0x3000));
      String s = sb.toString();
      assertArrayEquals(reference(s).bytes(), new Fingerprint().add(s).bytes(), "string " + n);
      assertArrayEquals(reference(s).bytes(), new Fingerprint().add(new StringBuilder(s)).bytes(), "builder " + n);
    }
  }

  @Test
  void one_changed_byte_or_char_changes_the_print() {
    byte[] bytes = new byte[5000];
    byte[] before = new Fingerprint().add(bytes).bytes();
    bytes[4321] = 1;
    assertFalse(Arrays.equals(before, new Fingerprint().add(bytes).bytes()));
    String s = "x".repeat(3000);
    assertFalse(Arrays.equals(new Fingerprint().add(s).bytes(), new Fingerprint().add(s.substring(0, 2999) + "y").bytes()));
  }

  @Test
  void nullable_strings_keep_null_empty_and_their_boundaries_apart() {
    java.util.function.Function<String[], String> hex = parts -> {
      Fingerprint f = new Fingerprint();
      for (String p : parts) f.addNullable(p);
      return f.hex();
    };
    java.util.Set<String> prints = new java.util.HashSet<>(java.util.List.of(
        hex.apply(new String[] {null}), hex.apply(new String[] {""}), hex.apply(new String[] {"x"}),
        hex.apply(new String[] {"ab", "c"}), hex.apply(new String[] {"a", "bc"}), hex.apply(new String[] {null, "abc"}),
        hex.apply(new String[] {"abc", null})));
    org.junit.jupiter.api.Assertions.assertEquals(7, prints.size());
    org.junit.jupiter.api.Assertions.assertEquals(hex.apply(new String[] {"same"}), hex.apply(new String[] {"same"}));
  }
}
