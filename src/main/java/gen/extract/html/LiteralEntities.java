package gen.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Character references left in text as text: JSON-LD strings are not HTML, yet many publishers
 * write them entity-escaped ({@code &quot;Nicht mehr viel&quot;}, {@code R&uuml;ckbau}), and meta
 * contents escaped twice ({@code &amp;#8211;}) still read {@code &#8211;} once the parser has
 * decoded the attribute. Decoded once, so a reader never sees them; only complete references (with
 * their semicolon) count, so "AT&T" or "Q&A" stay as written.
 */
final class LiteralEntities {
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

  private LiteralEntities() {}

  static String decode(String s) {
    if (s.indexOf('&') < 0) return s;
    Matcher m = REFERENCE.matcher(s);
    if (!m.find()) return s;
    StringBuilder out = new StringBuilder(s.length());
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(character(m)));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** The text a reference stands for; an unknown name stays as written, a reference to nothing is dropped. */
  private static String character(Matcher m) {
    if (m.group(3) != null) {
      String name = m.group(3);
      return Entities.isNamedEntity(name) ? Entities.getByName(name) : m.group();
    }
    int c = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    if (!Character.isValidCodePoint(c) || Character.isISOControl(c) && !Character.isWhitespace(c)) return "";
    return Character.toString(c);
  }
}
