package gen.search;

import gen.text.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One article as search sees it. The text is fetched when asked for, not held: an index of
 * 100,000 articles would otherwise keep every article's whole text as a string for as long as it
 * is built, on top of the (smaller, UTF-8) copy each article keeps.
 *
 * @param title the headline, indexed with a boost
 * @param path site-root-relative path of the article page: the document's identity
 * @param date the date as readers see it, or empty
 * @param source the source's name, or empty
 * @param body gives the plain text of the body, indexed in full; may make it anew on each call
 * @param bodyPrint {@link #printOf} the text {@code body} gives, known without asking for it: a
 *     rebuild tells unchanged documents by it and reads the text of only the changed ones
 * @param file the input file it was read from, by which a later build finds the text indexed
 * @param bodyUtf8 gives the UTF-8 of the text {@code body} gives (as {@link String#getBytes} makes
 *     it): the index reads every document's text from it, without decoding it. It may be an array
 *     the document's owner keeps (a packed article body, not copied): read it, never write it
 */
public record SearchDocument(
    String title, String path, String date, String source, Supplier<String> body, String bodyPrint, String file,
    Supplier<byte[]> bodyUtf8) {
  public SearchDocument(
      String title, String path, String date, String source, Supplier<String> body, String bodyPrint, String file) {
    this(title, path, date, source, body, bodyPrint, file,
        () -> body.get().getBytes(StandardCharsets.UTF_8));
  }

  public SearchDocument(String title, String path, String date, String source, String text, String file) {
    this(title, path, date, source, () -> text, printOf(text), file);
  }

  public SearchDocument(String title, String path, String date, String source, String text) {
    this(title, path, date, source, text, path);
  }

  /** The fingerprint of a text's UTF-8, as {@code bodyPrint} must be. */
  public static String printOf(String text) {
    return printOf(new Fingerprint().add(text.getBytes(StandardCharsets.UTF_8)).bytes());
  }

  /** A fingerprint's bytes, as {@code bodyPrint} holds them. */
  public static String printOf(byte[] fingerprint) {
    return java.util.HexFormat.of().formatHex(fingerprint);
  }

  /** The plain text of the body; callers that need it twice keep it rather than ask again. */
  public String text() {
    return body.get();
  }

  /** The text's UTF-8 (see {@code bodyUtf8}): read it, never write it. */
  public byte[] utf8() {
    return bodyUtf8.get();
  }
}
