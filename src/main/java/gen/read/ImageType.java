package gen.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats an article may show from a file beside it. A file counts as one only when
 * its name ends in a picture extension and its first bytes are a picture's: a saved page's {@code
 * .jpg} is often really WebP (servers pick the format per browser), so the bytes decide the type.
 */
public enum ImageType {
  JPEG("jpg", "image/jpeg"),
  PNG("png", "image/png"),
  GIF("gif", "image/gif"),
  WEBP("webp", "image/webp"),
  AVIF("avif", "image/avif"),
  /**
   * An SVG file is a document that can carry script. It is never copied into the site (opened
   * from there it would run in the site's origin); it is shown inline as a {@code data:} URL in
   * an {@code <img>}, where browsers run no script and load nothing.
   */
  SVG("svg", "image/svg+xml");

  /** Bytes {@link #sniff} needs from the start of a file. */
  public static final int HEAD_BYTES = 512;

  private final String extension;
  private final String mediaType;

  ImageType(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The extension a copy is given: the one of the type the bytes are, not the one the name had. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether a file name ends in a picture extension (case-insensitive). */
  public static boolean hasImageExtension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) return false;
    return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "jpg", "jpeg", "jpe", "jfif", "png", "apng", "gif", "webp", "avif", "svg" -> true;
      default -> false;
    };
  }

  /** The picture format of a file's first bytes, or empty when they are no picture's. */
  public static Optional<ImageType> sniff(byte[] head) {
    if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(JPEG);
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(PNG);
    if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) return Optional.of(GIF);
    if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return Optional.of(WEBP);
    if (ascii(head, 4, "ftyp") && isAvifBrand(head)) return Optional.of(AVIF);
    if (isSvg(head)) return Optional.of(SVG);
    return Optional.empty();
  }

  /** The ftyp box names its major brand, then compatible ones: an AVIF file lists avif or avis. */
  private static boolean isAvifBrand(byte[] head) {
    long boxSize = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
    int end = (int) Math.min(Math.min(boxSize, head.length), 64);
    for (int i = 8; i + 4 <= end; i += 4) {
      if (i == 12) continue; // the minor version, not a brand
      if (ascii(head, i, "avif") || ascii(head, i, "avis")) return true;
    }
    return false;
  }

  /** Text that opens with an XML prolog, comments or a doctype, then an {@code <svg} element. */
  private static boolean isSvg(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00EF\u00BB\u00BF")) text = text.substring(3);
    text = text.stripLeading();
    if (!text.startsWith("<")) return false;
    String lower = text.toLowerCase(Locale.ROOT);
    int svg = lower.indexOf("<svg");
    if (svg < 0) return false;
    // Only markup that is no element may come before it: <?xml ...?>, <!-- -->, <!DOCTYPE ...>.
    String before = lower.substring(0, svg).replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!doctype[^>]*>", "");
    return before.isBlank();
  }

  private static boolean startsWith(byte[] b, int at, int... expected) {
    if (b.length < at + expected.length) return false;
    for (int i = 0; i < expected.length; i++) {
      if ((b[at + i] & 0xFF) != expected[i]) return false;
    }
    return true;
  }

  private static boolean ascii(byte[] b, int at, String s) {
    if (b.length < at + s.length()) return false;
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != (byte) s.charAt(i)) return false;
    }
    return true;
  }
}
