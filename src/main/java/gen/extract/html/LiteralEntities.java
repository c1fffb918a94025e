package gen.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Character references left in text as text: JSON-LD strings are not HTML, yet many publishers
 * write them entity-escaped ({@code &quot;Nicht mehr viel&quot;}, {@code R&uuml;ckbau}), and meta
 * contents escaped twice ({@code &amp;#8211;}) still read {@code &#8211;} once the parser has
 * decoded the attribute. Decoded once, so a reader never sees them; only complete references (with
 * their semicolon) count, so "AT&T" or "Q&A" stay as written.
 */
final class LiteralEntities {
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private LiteralEntities() {}

  static String decode(String s) {
    if (s.indexOf('&') < 0) return s;
    Matcher m = REFERENCE.matcher(s);
    if (!m.find()) return s;
    StringBuilder out = new StringBuilder(s.length());
    do {
      String decoded = Parser.unescapeEntities(m.group(), false);
      // A reference to nothing ("&#0;", a control character) is dropped rather than shown.
      m.appendReplacement(out, Matcher.quoteReplacement(isShown(decoded) ? decoded : ""));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private static boolean isShown(String decoded) {
    if (decoded.isEmpty()) return false;
    int c = decoded.codePointAt(0);
    return decoded.length() > 2 || !Character.isISOControl(c) || Character.isWhitespace(c);
  }
}
