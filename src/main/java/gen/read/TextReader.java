package gen.read;

import gen.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Plain text, in the shapes saved articles have: one paragraph per line, or blank-line-separated
 * blocks of hard-wrapped lines, which are joined. Each paragraph becomes a {@code <p>}.
 */
public final class TextReader implements ArticleReader {
  static final TextReader INSTANCE = new TextReader();

  /** Lines at least this long, in a block of several, are taken as hard-wrapped prose. */
  private static final int WRAPPED_LINE_MIN = 40;

  private TextReader() {}

  @Override
  public ReadArticle read(SourceFile file, byte[] bytes) throws UnreadableFileException {
    String text = normalize(TextDecoder.decode(bytes).text());
    FrontMatter.Split split = FrontMatter.split(text);
    List<String> paragraphs = paragraphs(split.body());
    if (paragraphs.isEmpty()) {
      throw new UnreadableFileException(
          split.frontMatter().isEmpty() ? "skipped: no text" : "skipped: front matter but no text");
    }
    Document doc = Document.createShell("");
    Element article = doc.body().appendElement("article");
    for (String p : paragraphs) {
      article.appendElement("p").text(p);
    }
    return new ReadArticle(file, Format.TEXT, split.frontMatter(), doc);
  }

  /** Drops a BOM, unifies line ends and removes control characters other than tab and newline. */
  static String normalize(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F) sb.append(c);
      else if (c == '\f' || c == '\u000B') sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Splits text into paragraphs. Without blank lines, each line is a paragraph. With them, a block
   * of long lines is one hard-wrapped paragraph; a block of short lines (a headline over a date
   * and a byline) stays one paragraph per line.
   */
  static List<String> paragraphs(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (!current.isEmpty()) blocks.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) blocks.add(current);

    List<String> out = new ArrayList<>();
    boolean hasBlankLines = blocks.size() > 1;
    for (List<String> block : blocks) {
      if (hasBlankLines && isHardWrapped(block)) {
        out.add(String.join(" ", block));
      } else {
        out.addAll(block);
      }
    }
    return out;
  }

  private static boolean isHardWrapped(List<String> block) {
    if (block.size() < 2) return true;
    for (int i = 0; i < block.size() - 1; i++) {
      if (block.get(i).length() < WRAPPED_LINE_MIN) return false;
    }
    return true;
  }
}
