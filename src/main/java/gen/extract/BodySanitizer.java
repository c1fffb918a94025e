package gen.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one gate every body passes, whatever its format: a jsoup {@link Safelist} of structural and
 * text elements. No script, style, iframe, form or event handler survives; link and image URLs
 * must be http, https, mailto (links) or relative; images may also be {@code data:image/...}.
 */
public final class BodySanitizer {
  private static final Safelist SAFELIST =
      new RelativeUrlSafelist()
          .addTags("figure", "figcaption", "hr", "del", "s", "ins", "mark", "time", "abbr", "cite", "small")
          .addAttributes("a", "title")
          .addAttributes("time", "datetime")
          .addAttributes("abbr", "title")
          .addAttributes(":all", "id")
          .addAttributes("th", "scope")
          .removeProtocols("img", "src", "http", "https")
          .addProtocols("img", "src", "http", "https", "data")
          .addAttributes("a", "rel")
          .preserveRelativeLinks(true);

  /** Sanitized inner HTML of the element. */
  public static String clean(Element body, String baseUri) {
    return isPlainParagraphs(body) ? plainHtml(body) : safelisted(body, baseUri);
  }

  /** Through the Safelist, whatever the body holds. */
  static String safelisted(Element body, String baseUri) {
    Document dirty = Document.createShell(baseUri);
    for (var child : body.childNodes()) dirty.body().appendChild(child.clone());
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    // Links leave the archive: open them without handing the archive page to the target.
    clean.select("a[href]").forEach(a -> {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) a.attr("rel", "noopener noreferrer");
    });
    // data: URLs are for inline pictures only (an SVG in an <img> cannot run script).
    clean.select("img").forEach(img -> {
      String src = img.attr("src").strip().toLowerCase(java.util.Locale.ROOT);
      if (src.startsWith("data:") && !src.startsWith("data:image/")) img.removeAttr("src");
      if (!img.hasAttr("src")) img.remove();
      else img.attr("loading", "lazy");
    });
    return clean.body().html();
  }

  /**
   * Whether the body is only paragraphs of plain text, as a text article is: {@code <p>} elements
   * without attributes, holding nothing but text. The Safelist keeps such a body exactly as it is,
   * so it needs no copy through the {@link Cleaner}, which cost more than reading the file.
   */
  static boolean isPlainParagraphs(Element body) {
    for (Node child : body.childNodes()) {
      if (!(child instanceof Element p) || !p.normalName().equals("p") || p.attributesSize() > 0) return false;
      for (Node text : p.childNodes()) {
        // Exactly TextNode: a CDataNode is one too, and would be serialized differently.
        if (text.getClass() != TextNode.class) return false;
      }
    }
    return true;
  }

  /** A new document's output settings, only read: made once, not with a document per body. */
  private static final Document.OutputSettings NEW_DOCUMENT = new Document.OutputSettings();

  /**
   * Whether the body's document writes text as {@link #clean}'s copy does (the escape mode,
   * charset and syntax of a new document), so that its text can be written as it is.
   */
  static boolean writesAsCopy(Element body) {
    Document.OutputSettings settings = NEW_DOCUMENT;
    Document owner = body.ownerDocument();
    Document.OutputSettings own = owner == null ? null : owner.outputSettings();
    return own != null && own.escapeMode() == settings.escapeMode() && own.charset().equals(settings.charset())
        && own.syntax() == settings.syntax();
  }

  /** The inner HTML of a plain-paragraph body, serialized as {@link #clean} serializes its copy. */
  private static String plainHtml(Element body) {
    Document.OutputSettings settings = Document.createShell("").outputSettings().prettyPrint(false);
    Document owner = body.ownerDocument();
    Document.OutputSettings own = owner == null ? null : owner.outputSettings();
    if (!writesAsCopy(body)) {
      Document copy = Document.createShell("");
      copy.outputSettings(settings);
      for (Node child : body.childNodes()) copy.body().appendChild(child.clone());
      return copy.body().html();
    }
    String direct = escapedParagraphs(body);
    if (direct != null) return direct;
    boolean pretty = own.prettyPrint();
    own.prettyPrint(false);
    try {
      return body.html();
    } finally {
      own.prettyPrint(pretty);
    }
  }

  /**
   * {@code <p>text</p>} for each paragraph, escaped as jsoup escapes text in UTF-8 (its {@code
   * &, <, >} and no-break space, nothing else), or {@code null} for text with a control character
   * or a surrogate, which jsoup writes as character references: that rare text goes through
   * jsoup. jsoup's general serializer cost a tenth of all plain-text extraction.
   */
  private static String escapedParagraphs(Element body) {
    // Into a char array, not a StringBuilder: a builder's per-character appends to UTF-16 text
    // (any curly quote makes it so) cost more than the escaping.
    char[] out = new char[1024];
    int length = 0;
    for (Node child : body.childNodes()) {
      int chars = 0;
      for (Node textNode : child.childNodes()) chars += ((TextNode) textNode).getWholeText().length();
      // Room for the longest escape of every character, and the paragraph's tags.
      int need = length + chars * ENTITY_MAX + PARAGRAPH_TAGS;
      if (need > out.length) out = java.util.Arrays.copyOf(out, Math.max(need, out.length * 2));
      length = put(out, length, "<p>");
      for (Node textNode : child.childNodes()) {
        String text = ((TextNode) textNode).getWholeText();
        int n = text.length();
        // Copied in bulk and checked in place: most text needs no escape, and charAt on a UTF-16
        // string (any curly quote makes it one) is a call per character under C1.
        text.getChars(0, n, out, length);
        int plain = 0;
        for (; plain < n; plain++) {
          // Written as it is: not escaped below, and not what sends the text through jsoup.
          char c = out[length + plain];
          boolean special = c >= 0x20
              ? c == '&' || c == '<' || c == '>' || c == '\u00A0' || (c >= 0xD800 && c <= 0xDFFF)
              : c != '\t' && c != '\n' && c != '\r';
          if (special) break;
        }
        if (plain == n) {
          length += n;
          continue;
        }
        char[] rest = java.util.Arrays.copyOfRange(out, length + plain, length + n);
        length += plain;
        for (char c : rest) {
          switch (c) {
            case '&' -> length = put(out, length, "&amp;");
            case '<' -> length = put(out, length, "&lt;");
            case '>' -> length = put(out, length, "&gt;");
            case '\u00A0' -> length = put(out, length, "&nbsp;");
            case '\t', '\n', '\r' -> out[length++] = c;
            default -> {
              if (c < 0x20 || Character.isSurrogate(c)) return null;
              out[length++] = c;
            }
          }
        }
      }
      length = put(out, length, "</p>");
    }
    return new String(out, 0, length);
  }

  private static final int ENTITY_MAX = "&nbsp;".length();
  private static final int PARAGRAPH_TAGS = "<p></p>".length();

  private static int put(char[] out, int at, String s) {
    s.getChars(0, s.length(), out, at);
    return at + s.length();
  }

  private BodySanitizer() {}

  /**
   * jsoup keeps a relative link only when it can resolve it against the document's base URI, and
   * a Markdown or text article has none: its links to other pages of the archive or to images
   * beside it would be dropped. This list also accepts a URL with no scheme at all; anything
   * with a scheme still has to pass the protocol list.
   */
  private static final class RelativeUrlSafelist extends Safelist {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    RelativeUrlSafelist() {
      super(Safelist.relaxed());
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element el, org.jsoup.nodes.Attribute attr) {
      if (super.isSafeAttribute(tagName, el, attr)) return true;
      String key = attr.getKey();
      boolean urlAttribute = (tagName.equals("a") && key.equals("href")) || (tagName.equals("img") && key.equals("src"));
      if (!urlAttribute) return false;
      // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
      String value = attr.getValue().replaceAll("[\\s\\p{Cntrl}]", "");
      return !value.isEmpty() && !SCHEME.matcher(value).find() && !value.startsWith("\\");
    }
  }
}
