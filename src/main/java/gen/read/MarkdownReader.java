package gen.read;

import gen.model.SourceFile;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Markdown with the GFM extensions (tables, strikethrough, autolinks) and heading anchors. */
public final class MarkdownReader implements ArticleReader {
  static final MarkdownReader INSTANCE = new MarkdownReader();

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          AutolinkExtension.create(),
          HeadingAnchorExtension.create());
  // Parser and renderer are immutable and thread-safe: built once, shared by all threads.
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private MarkdownReader() {}

  @Override
  public ReadArticle read(SourceFile file, byte[] bytes) throws UnreadableFileException {
    String text = TextReader.normalize(TextDecoder.decode(bytes));
    FrontMatter.Split split = FrontMatter.split(text);
    if (split.body().isBlank()) {
      throw new UnreadableFileException(
          split.frontMatter().isEmpty() ? "skipped: no text" : "skipped: front matter but no text");
    }
    String html;
    try {
      html = RENDERER.render(PARSER.parse(split.body()));
    } catch (StackOverflowError e) {
      // commonmark renders nested blocks recursively: thousands of '>' levels overflow it.
      throw new UnreadableFileException("skipped: Markdown nested too deeply");
    }
    Document doc = Jsoup.parseBodyFragment("<article>" + html + "</article>");
    return new ReadArticle(file, Format.MARKDOWN, split.frontMatter(), doc);
  }
}
