package gen.search;

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
 * @param file the input file it was read from, by which a later build finds the text indexed
 */
public record SearchDocument(String title, String path, String date, String source, Supplier<String> body, String file) {
  public SearchDocument(String title, String path, String date, String source, String text, String file) {
    this(title, path, date, source, () -> text, file);
  }

  public SearchDocument(String title, String path, String date, String source, String text) {
    this(title, path, date, source, text, path);
  }

  /** The plain text of the body; callers that need it twice keep it rather than ask again. */
  public String text() {
    return body.get();
  }
}
