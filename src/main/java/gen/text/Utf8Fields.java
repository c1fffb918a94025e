package gen.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings in gen's binary state files (the extraction cache, the search state): a 4-byte length,
 * then UTF-8. Unlike {@link DataOutputStream#writeUTF} it takes strings of any length, and a
 * reader refuses a length past a caller's bound, so a damaged file fails to load instead of
 * asking for gigabytes.
 */
public final class Utf8Fields {
  private Utf8Fields() {}

  public static void write(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** The next string; an {@link EOFException} when its length is negative or over {@code maxBytes}. */
  public static String read(DataInputStream in, int maxBytes) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > maxBytes) throw new EOFException("bad length");
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
