package gen.read;

import gen.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Plain text, in the shapes saved articles have: one paragraph per line, or blank-line-separated
 * blocks of hard-wrapped lines, which are joined. Each paragraph becomes a {@code <p>}; a joined
 * paragraph keeps its line breaks as newlines in its text (they read as spaces) so that header
 * and footer heuristics can still see the original lines.
 */
public final class TextReader implements ArticleReader {
  static final TextReader INSTANCE = new TextReader();

  /** Lines at least this long, in a block of several, are taken as hard-wrapped prose. */
  private static final int WRAPPED_LINE_MIN = 40;

  /** Nobody wraps text wider than this: lines that long are whole paragraphs. */
  private static final int WRAP_WIDTH_MAX = 160;

  private TextReader() {}

  @Override
  public ReadArticle read(SourceFile file, byte[] bytes) throws UnreadableFileException {
    String text = normalize(TextDecoder.decode(bytes));
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

  /**
   * {@link #normalize(String)} of a decoded text. When the decoder saw that
   * the bytes hold no control character (almost every file), the text needs no change and is not
   * scanned again.
   */
  static String normalize(TextDecoder.Decoded decoded) {
    return decoded.controlFree() ? decoded.text() : normalize(decoded.text());
  }

  /** Drops a BOM, unifies line ends and removes control characters other than tab and newline. */
  static String normalize(String text) {
    if (isNormal(text)) return text; // most files: nothing to change, so nothing to copy
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

  /** Whether {@link #normalize} would leave the text as it is: no BOM, CR or control character. */
  private static boolean isNormal(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' && c != '\t' : c == 0x7F || c == '\uFEFF' && i == 0) return false;
    }
    return true;
  }

  /**
   * Splits text into paragraphs. Without blank lines, each line is a paragraph. With them, the
   * lines of a block are joined where the text was hard-wrapped and kept apart where the line
   * break is real: a short line ends its paragraph, and so does a line after which the next word
   * would still have fit (a headline over a date line and a byline, in one block).
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
    if (blocks.size() <= 1) {
      blocks.forEach(out::addAll);
      return out;
    }
    int width = wrapWidth(blocks);
    for (List<String> block : blocks) {
      StringBuilder paragraph = new StringBuilder(block.get(0));
      for (int i = 1; i < block.size(); i++) {
        if (isSoftBreak(block.get(i - 1), block.get(i), width)) {
          // The newline is kept inside the paragraph (it reads as a space) so that heuristics can
          // still see the lines, such as a byline wrapped into one block with its headline.
          paragraph.append('\n').append(block.get(i));
        } else {
          out.add(paragraph.toString());
          paragraph = new StringBuilder(block.get(i));
        }
      }
      out.add(paragraph.toString());
    }
    return out;
  }

  /**
   * The width the text was wrapped at, estimated low: the 90th percentile of the lengths of lines
   * that have a successor in their block (one long unbreakable URL must not raise it). Zero when
   * the text has no such lines.
   */
  static int wrapWidth(List<List<String>> blocks) {
    List<Integer> lengths = new ArrayList<>();
    for (List<String> block : blocks) {
      for (int i = 0; i < block.size() - 1; i++) lengths.add(block.get(i).length());
    }
    if (lengths.isEmpty()) return 0;
    lengths.sort(null);
    return lengths.get((int) Math.floor((lengths.size() - 1) * 0.9));
  }

  /** Whether the break between two lines of a block was made by wrapping, not by the writer. */
  private static boolean isSoftBreak(String line, String next, int width) {
    if (line.length() < WRAPPED_LINE_MIN || width > WRAP_WIDTH_MAX) return false;
    int nextWord = next.indexOf(' ');
    int nextWordLength = nextWord < 0 ? next.length() : nextWord;
    // Wrapping breaks a line only when the next word does not fit on it.
    return line.length() + 1 + nextWordLength > width;
  }
}
