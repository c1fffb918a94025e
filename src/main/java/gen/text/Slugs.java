package gen.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * URL- and file-safe page names from titles: lower-case ASCII letters, digits and hyphens. Latin
 * accents are folded ("Zürich" -> "zurich"); a title with no Latin letters at all (Chinese,
 * Arabic) falls back to a short stable id derived from the text, so a slug is never empty.
 */
public final class Slugs {
  static final int MAX_LENGTH = 80;

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  public static String slugify(String title) {
    // ASCII has nothing to fold, decompose or strip of marks: a build slugs every article and every
    // term, and normalizing them and compiling two patterns for each showed in a rebuild.
    String folded = isAscii(title)
        ? title.toLowerCase(Locale.ROOT)
        : MARKS.matcher(Normalizer.normalize(title.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("Æ", "AE").replace("Ø", "O").replace("œ", "oe").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) sb.append('-');
        sb.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    String slug = sb.toString();
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
    }
    // A slug must say something: mostly non-Latin titles get a stable id instead of "2024".
    if (latinLetters(slug) < 3) {
      return slug.isEmpty() ? shortId(title) : slug + "-" + shortId(title);
    }
    return slug;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  private static int latinLetters(String slug) {
    int n = 0;
    for (int i = 0; i < slug.length(); i++) {
      char c = slug.charAt(i);
      if (c >= 'a' && c <= 'z') n++;
    }
    return n;
  }

  /** Eight hex digits of the SHA-256 of the text: stable across builds and machines. */
  public static String shortId(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  private Slugs() {}
}
