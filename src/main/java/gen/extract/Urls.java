package gen.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small facts about URLs and domain names. */
public final class Urls {
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)^(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}\\.?$");

  public static boolean isWebUrl(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    if (!(t.startsWith("http://") || t.startsWith("https://"))) return false;
    try {
      return new URI(s.trim()).getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  public static boolean looksLikeDomain(String s) {
    return DOMAIN.matcher(s.trim()).matches();
  }

  /** The host of a URL, lower-cased, without {@code www.}. */
  public static Optional<String> domain(String url) {
    try {
      String host = new URI(url.trim()).getHost();
      if (host == null) return Optional.empty();
      return Optional.of(stripWww(host.toLowerCase(Locale.ROOT)));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  public static String stripWww(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private Urls() {}
}
