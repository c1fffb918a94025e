package gen.extract;

import gen.read.Format;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The header lines a saved text may start with, in any order: a headline, a date line
 * ({@code May 3, 2024}, {@code Published: May 3, 2024 15:47}) and a byline ({@code By Jane
 * Doe}). Found lines are removed from the body.
 */
public final class TextHeaderHeuristic implements Heuristic {
  private static final int MAX_HEADER_LINES = 4;
  private static final int MAX_HEADLINE_CHARS = 200;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]['\"”’)]?$");

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.TEXT) return;
    List<Element> blocks = Blocks.of(ctx.body());
    if (blocks.size() < 2) return;
    int i = 0;
    boolean headline = false, date = false, byline = false;
    while (i < Math.min(MAX_HEADER_LINES, blocks.size() - 1)) {
      Element block = blocks.get(i);
      String line = block.text().strip();
      if (!date) {
        var d = DateParser.parseLine(stripLabel(line));
        if (d.isPresent()) {
          ctx.offer(Field.DATE, d.get(), "date-line", Trust.LAYOUT);
          block.remove();
          date = true;
          i++;
          continue;
        }
      }
      if (!byline) {
        Optional<List<String>> authors = Bylines.parse(line);
        if (authors.isPresent()) {
          ctx.offer(Field.AUTHORS, authors.get(), "byline", Trust.LAYOUT);
          block.remove();
          byline = true;
          i++;
          continue;
        }
      }
      if (!headline && i == 0 && looksLikeHeadline(line)) {
        ctx.offer(Field.TITLE, line, "first-line", Trust.LAYOUT);
        block.remove();
        headline = true;
        i++;
        continue;
      }
      break;
    }
  }

  static boolean looksLikeHeadline(String line) {
    return line.length() <= MAX_HEADLINE_CHARS && !SENTENCE_END.matcher(line).find();
  }

  /** "Published: May 3" -> "May 3"; the date parser tolerates a few words, but not a long label. */
  private static String stripLabel(String line) {
    return line.replaceFirst("(?i)^(published|updated|posted|last updated|date)\\s*(on)?\\s*:?\\s*", "");
  }
}
