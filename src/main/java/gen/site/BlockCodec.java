package gen.site;

import java.io.IOException;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Compresses the blocks of the build's state files: LZ4, each block prefixed with its length
 * uncompressed. Chosen for speed, not size: on article text LZ4's native compressor ran six times
 * as fast as {@link java.util.zip.Deflater#BEST_SPEED} for a block a third larger, and it
 * decompresses several times as fast too. {@link LZ4Factory#fastestInstance()} loads lz4-java's
 * native library (unpacked into the system's temporary folder, loaded and deleted at once) and
 * falls back to its Java implementation where that cannot load; the Java one, compiled by C1 as a
 * build's JVM compiles, made a 10,000-article build 0.17 s slower. Decompression uses the safe decoder:
 * a damaged block fails with an {@link IOException}, never reads out of bounds.
 */
final class BlockCodec {
  /** A block larger than this is refused when read: nothing the cache writes comes near it. */
  static final int MAX_BLOCK_BYTES = 256 * 1024 * 1024;

  private static final class Lz4 {
    static final LZ4Factory FACTORY = LZ4Factory.fastestInstance();
    static final LZ4Compressor COMPRESSOR = FACTORY.fastCompressor();
    static final LZ4SafeDecompressor DECOMPRESSOR = FACTORY.safeDecompressor();
  }

  private BlockCodec() {}

  /** A stream that writes what it is given to {@code out} in LZ4 blocks of 64 KiB, each with a checksum. */
  static java.io.OutputStream compressing(java.io.OutputStream out) {
    return new net.jpountz.lz4.LZ4BlockOutputStream(out, 1 << 16, Lz4.COMPRESSOR);
  }

  /** Reads what {@link #compressing} wrote; damage fails as an {@link IOException}. */
  static java.io.InputStream decompressing(java.io.InputStream in) {
    return net.jpountz.lz4.LZ4BlockInputStream.newBuilder().withDecompressor(Lz4.DECOMPRESSOR).build(in);
  }

  /** {@code length} bytes of {@code raw} from {@code offset}, compressed, appended to {@code to}. */
  static void compress(byte[] raw, int offset, int length, java.io.ByteArrayOutputStream to) {
    byte[] block = new byte[4 + Lz4.COMPRESSOR.maxCompressedLength(length)];
    block[0] = (byte) (length >>> 24);
    block[1] = (byte) (length >>> 16);
    block[2] = (byte) (length >>> 8);
    block[3] = (byte) length;
    int n = Lz4.COMPRESSOR.compress(raw, offset, length, block, 4, block.length - 4);
    to.write(block, 0, 4 + n);
  }

  /** The block of {@code length} bytes at {@code offset} of {@code file}, decompressed. */
  static byte[] decompress(byte[] file, int offset, int length) throws IOException {
    if (length < 4) throw new java.io.EOFException("cut short");
    int size = (file[offset] & 0xff) << 24 | (file[offset + 1] & 0xff) << 16
        | (file[offset + 2] & 0xff) << 8 | file[offset + 3] & 0xff;
    if (size < 0 || size > MAX_BLOCK_BYTES) throw new IOException("bad block length");
    byte[] out = new byte[size];
    try {
      int n = Lz4.DECOMPRESSOR.decompress(file, offset + 4, length - 4, out, 0, size);
      if (n != size) throw new IOException("damaged block");
    } catch (LZ4Exception e) {
      throw new IOException("damaged block", e);
    }
    return out;
  }
}
