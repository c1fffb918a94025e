package gen.read;

import gen.model.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Saved web pages. Valid UTF-8 is read as UTF-8 whatever a meta tag claims (real pages lie);
 * otherwise the BOM or the page's declared charset decides.
 */
public final class HtmlReader implements ArticleReader {
  static final HtmlReader INSTANCE = new HtmlReader();

  private HtmlReader() {}

  @Override
  public ReadArticle read(SourceFile file, byte[] bytes) throws UnreadableFileException {
    String html = TextDecoder.strictUtf8(bytes).orElse(null);
    Document doc;
    if (html != null) {
      doc = Jsoup.parse(html.startsWith("\uFEFF") ? html.substring(1) : html, "");
    } else {
      try {
        doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
      } catch (java.io.IOException e) {
        throw new UnreadableFileException("skipped: cannot decode page");
      }
    }
    return new ReadArticle(file, Format.HTML, FrontMatter.NONE, doc);
  }
}
