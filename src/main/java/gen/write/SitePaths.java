package gen.write;

import java.io.IOException;

/** Checks that a site-relative path stays inside the output folder, whatever its parts say. */
final class SitePaths {
  /** gen's own build cache inside the output folder; never a page. */
  static final String CACHE = ".gen-cache";

  static String validate(String path) throws IOException {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
      throw new IOException("refused output path: " + path);
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IOException("refused output path: " + path);
      }
    }
    if (path.startsWith(SiteWriter.STAGING) || path.startsWith(Manifest.FILE_NAME) || path.startsWith(CACHE)) {
      throw new IOException("refused output path: " + path);
    }
    return path;
  }

  private SitePaths() {}
}
