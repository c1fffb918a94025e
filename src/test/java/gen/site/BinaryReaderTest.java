package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import gen.text.Utf8Fields;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BinaryReaderTest {
  @Test
  void reads_back_what_a_data_output_stream_wrote() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(Integer.MIN_VALUE);
      out.writeInt(-2);
      out.writeLong(Long.MIN_VALUE + 12345);
      out.writeLong(-1L);
      out.writeBoolean(true);
      out.writeBoolean(false);
      out.writeByte(200);
      out.write(new byte[] {1, 2, 3});
      Utf8Fields.write(out, "Ζήτω “title” 😀 مرحبا");
      Utf8Fields.write(out, "");
      out.writeInt(-1); // a null string
    }
    BinaryReader in = new BinaryReader(bytes.toByteArray());
    assertEquals(Integer.MIN_VALUE, in.readInt());
    assertEquals(-2, in.readInt());
    assertEquals(Long.MIN_VALUE + 12345, in.readLong());
    assertEquals(-1L, in.readLong());
    assertEquals(true, in.readBoolean());
    assertEquals(false, in.readBoolean());
    assertEquals((byte) 200, in.readByte());
    byte[] three = new byte[3];
    in.readFully(three);
    assertArrayEquals(new byte[] {1, 2, 3}, three);
    assertEquals("Ζήτω “title” 😀 مرحبا", in.readString(1000));
    assertEquals("", in.readString(0));
    assertNull(in.readString(10));
    assertEquals(0, in.remaining());
    assertThrows(EOFException.class, in::readByte);
  }

  @Test
  void a_slice_is_read_within_its_bounds() throws IOException {
    byte[] b = {9, 0, 0, 0, 7, 9};
    BinaryReader in = new BinaryReader(b, 1, 4);
    assertEquals(7, in.readInt());
    assertThrows(EOFException.class, in::readBoolean);
  }

  @Test
  void damaged_lengths_fail_instead_of_reading_past_the_end() throws IOException {
    assertThrows(EOFException.class, () -> new BinaryReader(ints(5, 'a')).readString(100)); // longer than what is left
    assertThrows(EOFException.class, () -> new BinaryReader(ints(-7)).readString(100));
    assertThrows(EOFException.class, () -> new BinaryReader(ints(50)).readString(10)); // over the caller's bound
    assertThrows(EOFException.class, () -> new BinaryReader(new byte[3]).readInt());
    assertThrows(EOFException.class, () -> new BinaryReader(new byte[7]).readLong());
    assertThrows(EOFException.class, () -> new BinaryReader(new byte[2]).readBytes(3));
    assertThrows(EOFException.class, () -> new BinaryReader(new byte[2]).readBytes(-1));
  }

  @Test
  void shared_strings_are_one_instance_per_reader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (int i = 0; i < 2; i++) Utf8Fields.write(out, "dateline");
      for (int i = 0; i < 2; i++) Utf8Fields.write(out, "lede");
    }
    BinaryReader in = new BinaryReader(bytes.toByteArray());
    String a = in.sharedString(100);
    assertSame(a, in.sharedString(100));
    String plain = in.readString(100);
    assertNotSame(plain, in.readString(100));
    assertEquals("lede", plain);
  }

  private static byte[] ints(int value, char... then) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(value);
      for (char c : then) out.writeByte(c);
    }
    return bytes.toByteArray();
  }
}
