package gen.site;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads what a {@link java.io.DataOutputStream} wrote, from an array already in memory: strings
 * are decoded straight from the array (a stream reader copies each into a buffer of its own
 * first, half of what loading the extraction cache allocated). Strings read through {@link
 * #sharedString} are kept once per reader however often they occur: the names of heuristics,
 * languages, people and tags repeat across thousands of articles. Not thread-safe.
 */
final class BinaryReader {
  private final byte[] bytes;
  private final int end;
  private int position;
  private final Map<String, String> shared = new HashMap<>();

  BinaryReader(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > bytes.length) throw new IndexOutOfBoundsException();
    this.bytes = bytes;
    this.position = offset;
    this.end = offset + length;
  }

  BinaryReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  private void need(int n) throws EOFException {
    if (n < 0 || end - position < n) throw new EOFException("cut short");
  }

  boolean readBoolean() throws EOFException {
    return readByte() != 0;
  }

  byte readByte() throws EOFException {
    need(1);
    return bytes[position++];
  }

  int readInt() throws EOFException {
    need(4);
    int v = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
        | (bytes[position + 2] & 0xff) << 8 | bytes[position + 3] & 0xff;
    position += 4;
    return v;
  }

  long readLong() throws EOFException {
    long high = readInt() & 0xffffffffL;
    return high << 32 | readInt() & 0xffffffffL;
  }

  /** The next {@code n} bytes, as a new array; a negative {@code n} or one past the end fails. */
  byte[] readBytes(int n) throws EOFException {
    need(n);
    byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + n);
    position += n;
    return out;
  }

  void readFully(byte[] into) throws EOFException {
    need(into.length);
    System.arraycopy(bytes, position, into, 0, into.length);
    position += into.length;
  }

  /**
   * A string as {@code gen.text.Utf8Fields} writes it: a length (-1 for null), then UTF-8. A length
   * past {@code maxBytes} or past the end fails, so a damaged file never asks for gigabytes.
   */
  String readString(int maxBytes) throws EOFException {
    int n = readInt();
    if (n == -1) return null;
    if (n > maxBytes) throw new EOFException("bad length");
    need(n);
    String s = new String(bytes, position, n, StandardCharsets.UTF_8);
    position += n;
    return s;
  }

  /** As {@link #readString}, the same instance for equal strings this reader read this way. */
  String sharedString(int maxBytes) throws EOFException {
    String s = readString(maxBytes);
    if (s == null) return null;
    String known = shared.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  int position() {
    return position;
  }

  int remaining() {
    return end - position;
  }
}
