package gen.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * News agencies whose name a byline gives as a credit: "By Jane Doe and dpa", "Reuters",
 * "dpa/lno" (the agency and the desk's initials). Readers and citations expect such a credit as
 * an author, unlike the outlet's own name.
 */
public final class Agencies {
  private static final Set<String> NAMES =
      Set.of(
          "dpa", "dpa-afx", "afx", "ap", "associated press", "afp", "agence france-presse", "reuters", "apa", "sda",
          "ats", "ansa", "efe", "agencia efe", "europa press", "epd", "kna", "sid", "ddp", "upi", "xinhua", "tass",
          "ria novosti", "anp", "belga", "ntb", "tt", "ritzau", "stt", "pa", "pa media", "aap", "cp", "the canadian press",
          "kyodo", "jiji", "yonhap", "bernama", "pti", "ians", "ani", "lusa", "bloomberg", "agencies", "agenturen",
          "agences", "agencias");

  /** "dpa/lno", "det/dpa", "APA/AP": an agency beside a desk's or an editor's initials, one credit. */
  private static final Pattern SLASH_CREDIT = Pattern.compile("[\\p{L}.-]+/[\\p{L}.-]+(?:/[\\p{L}.-]+)*");

  public static boolean isAgency(String name) {
    return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether "a/b" is one credit: an agency, a desk's initials or a site on either side. */
  public static boolean isSlashCredit(String left, String right) {
    return isCreditPart(left) || isCreditPart(right);
  }

  private static boolean isCreditPart(String part) {
    String p = part.strip();
    return isAgency(p) || p.matches("\\p{Ll}{1,4}") || p.matches("[\\p{L}-]+\\.\\p{L}{2,}") || p.equals("Agenturen");
  }

  static boolean looksLikeSlashCredit(String s) {
    return SLASH_CREDIT.matcher(s).matches();
  }

  private Agencies() {}
}
