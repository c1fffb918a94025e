package gen.model;

/**
 * An article's two bodies kept outside the article (by the extraction cache), read only when
 * asked for, with what a build needs to know of them without reading them.
 */
public interface StoredBodies {
  /** The sanitized HTML body as UTF-8 (a fresh array on each call). */
  byte[] html();

  /** The plain text body as UTF-8 (a fresh array on each call). */
  byte[] text();

  /** {@link Article#bodyHtmlPrint} of the HTML body. */
  byte[] htmlPrint();

  /** {@link Article#bodyTextPrint} of the text body. */
  byte[] textPrint();

  /** {@link Article#bodyHtmlHasAttributeValues} of the HTML body. */
  boolean htmlHasAttributeValues();

  /** {@link Article#isTextOfHtml}: whether the text is kept only as the HTML's paragraphs. */
  default boolean textIsOfHtml() {
    return false;
  }
}
