package gen.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may stand in an {@code href} or {@code src} of a page: http, https, mailto and
 * relative ones. {@code javascript:}, {@code vbscript:}, {@code data:} and every other scheme are
 * refused, however they are spelled ({@code JaVaScRiPt:}, {@code java&#9;script:}, leading
 * spaces or control characters).
 */
public final class SafeUrls {

  public static boolean isSafeLink(String url) {
    String t = normalized(url);
    if (t.isEmpty()) return false;
    int colon = t.indexOf(':');
    if (colon < 0) return true; // relative
    int slash = t.indexOf('/');
    int query = t.indexOf('?');
    int hash = t.indexOf('#');
    // A colon after the first '/', '?' or '#' is part of a relative path, not a scheme.
    if ((slash >= 0 && slash < colon) || (query >= 0 && query < colon) || (hash >= 0 && hash < colon)) return true;
    String scheme = t.substring(0, colon);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
  }

  /** The URL if it is safe to link, else empty. */
  public static Optional<String> link(String url) {
    return url != null && isSafeLink(url) ? Optional.of(url.strip()) : Optional.empty();
  }

  /** Lower case without the whitespace and control characters browsers ignore inside a scheme. */
  private static String normalized(String url) {
    StringBuilder sb = new StringBuilder(Math.min(url.length(), 64));
    for (int i = 0; i < url.length() && sb.length() < 64; i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7F) sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private SafeUrls() {}
}
