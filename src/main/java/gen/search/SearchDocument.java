package gen.search;

/**
 * One article as search sees it.
 *
 * @param title the headline, indexed with a boost
 * @param path site-root-relative path of the article page: the document's identity
 * @param date the date as readers see it, or empty
 * @param source the source's name, or empty
 * @param text the plain text of the body, indexed in full
 * @param file the input file it was read from, by which a later build finds the text indexed
 */
public record SearchDocument(String title, String path, String date, String source, String text, String file) {
  public SearchDocument(String title, String path, String date, String source, String text) {
    this(title, path, date, source, text, path);
  }
}
