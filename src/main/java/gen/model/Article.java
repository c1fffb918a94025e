package gen.model;

/**
 * One extracted article: its metadata and its sanitized body.
 *
 * @param slug the page name, unique within an archive once assembled
 * @param bodyHtml sanitized HTML of the body, safe to embed in a page
 * @param bodyText plain text of the body, paragraphs separated by one blank line
 */
public record Article(SourceFile file, Metadata meta, String slug, String bodyHtml, String bodyText) {
  public Article withSlug(String newSlug) {
    return new Article(file, meta, newSlug, bodyHtml, bodyText);
  }
}
