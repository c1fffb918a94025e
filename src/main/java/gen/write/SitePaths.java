package gen.write;

import java.io.IOException;
import java.util.Locale;

/**
 * Checks that a site-relative path stays inside the output folder, whatever its parts say: no
 * absolute path, no {@code ..}, no backslash or control character, nothing of gen's own
 * bookkeeping.
 */
final class SitePaths {
  /** Where earlier versions kept gen's build cache, inside the output folder; never a page. */
  static final String LEGACY_CACHE = ".gen-cache";

  static String validate(String path) throws IOException {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.length() > 4096) {
      throw new IOException("refused output path: " + printable(path));
    }
    for (int i = 0; i < path.length(); i++) {
      if (Character.isISOControl(path.charAt(i))) throw new IOException("refused output path: " + printable(path));
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.length() > 255) {
        throw new IOException("refused output path: " + printable(path));
      }
    }
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith(SiteWriter.STAGING) || lower.startsWith(Manifest.LEGACY_FILE_NAME) || lower.startsWith(LEGACY_CACHE)) {
      throw new IOException("refused output path: " + printable(path));
    }
    return path;
  }

  private static String printable(String s) {
    String t = s.length() > 200 ? s.substring(0, 200) + "…" : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }

  private SitePaths() {}
}
