package gen.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One extracted article: its metadata and its sanitized body. A value: equal when its parts are.
 *
 * <p>A build holds every article of the archive at once, and the bodies are most of an article's
 * memory. Both bodies are kept as UTF-8 when that is smaller than a Java string (almost always for
 * text in Latin script: one curly quote makes a Java string take two bytes per character), and
 * turned back into a string on each call: callers use it and drop it. (The search index asks for
 * each text when it indexes it, and keeps none.) An article from the extraction cache holds no
 * body at all until asked ({@link StoredBodies}): a rebuild renders few pages, and the bodies'
 * fingerprints, which is all page keys and search need of the others, are kept beside them.
 *
 * @param slug the page name, unique within an archive once assembled
 * @param bodyHtml sanitized HTML of the body, safe to embed in a page
 * @param bodyText plain text of the body, paragraphs separated by one blank line
 */
public final class Article {
  /** {@link #bodyText} when the text is the HTML's paragraphs. */
  private static final Object TEXT_OF_HTML = new Object();

  private final SourceFile file;
  private final Metadata meta;
  private final String slug;
  /**
   * Packed bodies, or null (both) when they are {@link #stored}; the text is {@link #TEXT_OF_HTML}
   * when it is the HTML's paragraphs ({@link ParagraphText}), made from the HTML when asked for.
   */
  private final Object bodyHtml;
  private final Object bodyText;
  /** Where the bodies are when they are not held here, else null. */
  private final StoredBodies stored;
  /** {@link #hashCode}, once computed (0 until then; benign race: every thread computes the same). */
  private int hash;
  /** Fingerprints of the bodies, once computed (benign race, as {@link #hash}). */
  private byte[] htmlPrint;
  private byte[] textPrint;
  private byte[] metaPrint;
  /** {@link #bodyHtmlHasAttributeValues} once known: 1 yes, 2 no, 0 not yet (benign race, as {@link #hash}). */
  private byte hasAttributeValues;

  public Article(SourceFile file, Metadata meta, String slug, String bodyHtml, String bodyText) {
    this(file, meta, slug, pack(bodyHtml), pack(bodyText));
  }

  /**
   * An article whose HTML body is plain paragraphs ({@code <p>} tags and text, nothing else), as
   * the caller knows: so it has no attribute to name a picture ({@link #bodyHtmlHasAttributeValues}
   * is known without a look). When {@code textIsOfHtml} (their text not changed either), the text
   * body is the HTML's paragraphs ({@link ParagraphText#of}) and is not kept beside the HTML, which
   * holds it all; {@code bodyText} is what it is, for an HTML body that packs as a string (then
   * both are kept).
   */
  public static Article ofPlainParagraphs(SourceFile file, Metadata meta, String slug, String bodyHtml, String bodyText,
      boolean textIsOfHtml) {
    Object html = pack(bodyHtml);
    Article a = new Article(file, meta, slug, html, textIsOfHtml && html instanceof byte[] ? TEXT_OF_HTML : pack(bodyText));
    a.hasAttributeValues = 2;
    return a;
  }

  /**
   * An article whose bodies are given as the UTF-8 bytes that {@code getBytes(UTF_8)} of their
   * strings would give (as a cache stores them): packed by the same rule as the strings, without
   * making the strings. The arrays are the article's from then on. Bytes that are not well-formed
   * UTF-8 are decoded like any other, so the article is always equal to the one the string
   * constructor would make, and hashes alike.
   */
  public static Article ofUtf8(SourceFile file, Metadata meta, String slug, byte[] bodyHtmlUtf8, byte[] bodyTextUtf8) {
    return new Article(file, meta, slug, packUtf8(bodyHtmlUtf8), packUtf8(bodyTextUtf8));
  }

  /** As {@link #pack} of the string these bytes encode, when they are well-formed UTF-8. */
  private static Object packUtf8(byte[] utf8) {
    int chars = Utf8.utf16Length(utf8);
    return chars >= 0 && utf8.length < 2 * chars ? utf8 : pack(new String(utf8, StandardCharsets.UTF_8));
  }

  /**
   * An article whose bodies stay where {@code stored} keeps them until asked for: a rebuild holds
   * every article of the archive but needs the bodies of only the few pages it renders again.
   */
  public static Article stored(SourceFile file, Metadata meta, String slug, StoredBodies stored) {
    Article a = new Article(file, meta, slug, null, null, Objects.requireNonNull(stored));
    a.htmlPrint = stored.htmlPrint();
    a.textPrint = stored.textPrint();
    return a;
  }

  /**
   * As {@link #stored(SourceFile, Metadata, String, StoredBodies)}, with the {@link #metaPrint} kept
   * beside the metadata, which must be {@code meta.fingerprint()}: a rebuild then hashes no
   * unchanged article's metadata.
   */
  public static Article stored(SourceFile file, Metadata meta, String slug, StoredBodies stored, byte[] metaPrint) {
    Article a = stored(file, meta, slug, stored);
    a.metaPrint = metaPrint.clone();
    return a;
  }

  private Article(SourceFile file, Metadata meta, String slug, Object bodyHtml, Object bodyText) {
    this(file, meta, slug, bodyHtml, bodyText, null);
  }

  private Article(SourceFile file, Metadata meta, String slug, Object bodyHtml, Object bodyText, StoredBodies stored) {
    this.file = file;
    this.meta = meta;
    this.slug = slug;
    this.bodyHtml = bodyHtml;
    this.bodyText = bodyText;
    this.stored = stored;
  }

  /** The same article with the same bodies (stored or held, and their prints) under other names. */
  private Article copy(SourceFile newFile, String newSlug) {
    Article a = new Article(newFile, meta, newSlug, bodyHtml, bodyText, stored);
    a.htmlPrint = htmlPrint;
    a.textPrint = textPrint;
    a.metaPrint = metaPrint;
    a.hasAttributeValues = hasAttributeValues;
    return a;
  }

  /** Where the bodies are kept, when they are not held in memory. */
  public java.util.Optional<StoredBodies> storedBodies() {
    return java.util.Optional.ofNullable(stored);
  }

  public SourceFile file() {
    return file;
  }

  public Metadata meta() {
    return meta;
  }

  public String slug() {
    return slug;
  }

  public String bodyHtml() {
    return stored != null ? new String(stored.html(), StandardCharsets.UTF_8) : unpack(bodyHtml);
  }

  /**
   * The HTML body as UTF-8, read-only, without making a string: for code that scans or hashes
   * the body of every article.
   */
  public ByteBuffer bodyHtmlUtf8() {
    return stored != null ? ByteBuffer.wrap(stored.html()).asReadOnlyBuffer() : utf8Of(bodyHtml);
  }

  /**
   * The text body as UTF-8, without making a string and, when the article keeps it so (almost
   * always), without copying it: the array is the article's own, for code that reads the text of
   * every article (the search index) and must never write to it.
   */
  public byte[] bodyTextUtf8Shared() {
    if (stored != null) return stored.text();
    if (bodyText instanceof byte[] bytes) return bytes;
    if (bodyText == TEXT_OF_HTML) return ParagraphText.of((byte[]) bodyHtml);
    return bodyText == null ? new byte[0] : ((String) bodyText).getBytes(StandardCharsets.UTF_8);
  }

  /** The text body as UTF-8, read-only, without making a string (as {@link #bodyHtmlUtf8}). */
  public ByteBuffer bodyTextUtf8() {
    return isTextMade() ? ByteBuffer.wrap(bodyTextUtf8Shared()).asReadOnlyBuffer() : utf8Of(bodyText);
  }

  /** Whether the text body is made on each call (read from the store, or from the HTML), not held. */
  private boolean isTextMade() {
    return stored != null || bodyText == TEXT_OF_HTML;
  }

  /** Whether the text body is the HTML body's paragraphs ({@link ParagraphText}), and kept only as them. */
  public boolean isTextOfHtml() {
    return stored != null ? stored.textIsOfHtml() : bodyText == TEXT_OF_HTML;
  }

  /**
   * A {@link gen.text.Fingerprint} of the HTML body's UTF-8: equal bodies, equal prints. Known
   * without reading the body when it is stored.
   */
  public byte[] bodyHtmlPrint() {
    return printOfHtml().clone();
  }

  /** {@link Metadata#fingerprint()} of this article's metadata, made once. */
  public byte[] metaPrint() {
    byte[] p = metaPrint;
    if (p == null) {
      p = meta.fingerprint();
      metaPrint = p;
    }
    return p.clone();
  }

  /** As {@link #bodyHtmlPrint} for the text body. */
  public byte[] bodyTextPrint() {
    return printOfText().clone();
  }

  /**
   * Whether the HTML body may have an attribute with a quoted value, the only way it can name a
   * picture file: looked for as {@code ="} (which text may hold too), or known to be false for a
   * body of plain paragraphs ({@link #ofPlainParagraphs}). Known without reading the body when it
   * is stored.
   */
  public boolean bodyHtmlHasAttributeValues() {
    if (stored != null) return stored.htmlHasAttributeValues();
    // Asked when pictures are looked for and again when the cache is saved: the body is read once.
    byte known = hasAttributeValues;
    if (known == 0) {
      known = bodyHtmlContains("=\"") ? (byte) 1 : (byte) 2;
      hasAttributeValues = known;
    }
    return known == 1;
  }

  private static ByteBuffer utf8Of(Object packed) {
    byte[] b = packed instanceof byte[] bytes
        ? bytes
        : packed == null ? new byte[0] : ((String) packed).getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.wrap(b).asReadOnlyBuffer();
  }

  /**
   * Whether the text body is blank ({@link String#isBlank}), told from the UTF-8 as kept when it
   * starts with a visible ASCII character (almost always) rather than made a string to ask.
   */
  public boolean isBodyTextBlank() {
    // Paragraphs of HTML are never empty, and text articles start with a visible character.
    Object packed = isTextMade() ? bodyTextUtf8Shared() : bodyText;
    if (packed instanceof byte[] b) {
      for (byte c : b) {
        if (c > ' ' && c < 0x7F) return false; // visible ASCII: not blank
        if (c < 0 || !Character.isWhitespace(c)) break; // anything else: ask the string
      }
    }
    String text = bodyText();
    return text == null || text.isBlank();
  }

  /**
   * Whether the HTML body contains {@code ascii} (ASCII characters only, whose bytes never occur
   * inside another character's UTF-8), looked for in the UTF-8 as kept, without making a string.
   */
  public boolean bodyHtmlContains(String ascii) {
    Object packed = stored != null ? stored.html() : bodyHtml;
    if (!(packed instanceof byte[] b)) return packed != null && ((String) packed).contains(ascii);
    int m = ascii.length();
    if (m == 0) return true;
    byte first = (byte) ascii.charAt(0);
    outer:
    for (int i = 0, last = b.length - m; i <= last; i++) {
      if (b[i] != first) continue;
      for (int k = 1; k < m; k++) {
        if (b[i + k] != (byte) ascii.charAt(k)) continue outer;
      }
      return true;
    }
    return false;
  }

  public String bodyText() {
    return isTextMade() ? new String(bodyTextUtf8Shared(), StandardCharsets.UTF_8) : unpack(bodyText);
  }

  public Article withSlug(String newSlug) {
    return copy(file, newSlug);
  }

  /** The same article read from {@code newFile} (a cached extraction reused), bodies not repacked. */
  public Article withFile(SourceFile newFile) {
    return copy(newFile, slug);
  }

  /** UTF-8 bytes when they take less memory than the string (two bytes a character at worst). */
  private static Object pack(String s) {
    if (s == null) return null;
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    return utf8.length < 2 * s.length() ? utf8 : s;
  }

  private static String unpack(Object packed) {
    if (packed == null) return null;
    return packed instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) packed;
  }

  /**
   * Bodies are compared by their 128-bit fingerprints, so that a stored body is not read to be
   * compared (two different bodies with one print are as unlikely as in {@link
   * gen.text.Fingerprint}).
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    return o instanceof Article a
        && file.equals(a.file)
        && meta.equals(a.meta)
        && Objects.equals(slug, a.slug)
        && Arrays.equals(printOfHtml(), a.printOfHtml())
        && Arrays.equals(printOfText(), a.printOfText());
  }

  /**
   * Over the bodies' prints, not the strings: articles are map keys, and unpacking both bodies at
   * every lookup was a third of a rebuild's time.
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(file, meta, slug, Arrays.hashCode(printOfHtml()), Arrays.hashCode(printOfText()));
      hash = h;
    }
    return h;
  }

  /** {@link #bodyHtmlPrint} without the defensive copy, for this class. */
  private byte[] printOfHtml() {
    if (htmlPrint == null) htmlPrint = printOf(bodyHtmlUtf8());
    return htmlPrint;
  }

  private byte[] printOfText() {
    if (textPrint == null) textPrint = printOf(bodyTextUtf8());
    return textPrint;
  }

  private static byte[] printOf(ByteBuffer utf8) {
    return new gen.text.Fingerprint().add(utf8).bytes();
  }

  @Override
  public String toString() {
    return "Article[file=" + file + ", slug=" + slug + ", title=" + meta.title() + "]";
  }
}
