package gen.extract;

import gen.model.PublishedDate;
import gen.read.Format;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The header lines a saved text may start with: a headline, then a date line ({@code May 3,
 * 2024}, {@code Published: May 3, 2024 15:47}, {@code Updated 03.05.2024}) and a byline ({@code
 * By Jane Doe}), in either order. Found lines are removed from the body.
 *
 * <p>A first line followed by a date line or byline is a headline whatever its punctuation
 * ({@code Is This the End?}, {@code ... N.Y.C.}). Without that support it is a headline only when
 * it reads like one: short, not a finished sentence, not the dateline that opens a news story.
 */
public final class TextHeaderHeuristic implements Heuristic {
  /** How far down the header may reach: a headline, two date lines and a byline. */
  private static final int MAX_HEADER_LINES = 4;

  static final int MAX_HEADLINE_CHARS = 150;
  /** A question or exclamation this short is a headline more often than a lone first paragraph. */
  private static final int MAX_PUNCTUATED_HEADLINE_CHARS = 100;

  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:;。]['\"”’»)\\]]*$");
  private static final Pattern ENDS_QUESTION = Pattern.compile("[!?！？…]['\"”’»)\\]]*$");
  /** "N.Y.C.", "U.S.", "Inc.": a final period that belongs to an abbreviation. */
  private static final Pattern ENDS_ABBREVIATION =
      Pattern.compile("(?:\\b\\p{L}\\.\\p{L}\\.(?:\\p{L}\\.)*|\\b(?:Inc|Ltd|Co|Corp|Jr|Sr|etc)\\.)$");
  private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");

  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^(?:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|released|date|dated"
              + "|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato"
              + "|veröffentlicht|aktualisiert|stand|gepubliceerd|bijgewerkt|publikováno|aktualizováno"
              + "|diterbitkan|diperbarui|опубликовано|обновлено|дата)"
              + "(?:\\s+(?:on|at|le|el|em|il|am|op|dne|pada))?\\s*[:：-]?\\s*)");

  private enum Kind { DATE, BYLINE, OTHER }

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.TEXT) return;
    List<Element> blocks = Blocks.of(ctx.body());
    if (blocks.size() < 2) return;
    int limit = Math.min(MAX_HEADER_LINES, blocks.size() - 1);

    int first = 0;
    String top = blocks.get(0).text().strip();
    if (kindOf(top) == Kind.OTHER) {
      boolean supported = kindOf(blocks.get(1).text().strip()) != Kind.OTHER && blocks.size() > 2;
      if (!(supported ? couldBeHeadline(top) : looksLikeHeadline(top))) return;
      boolean better =
          ctx.candidates().trustOf(Field.TITLE) > Trust.LAYOUT
              && !ctx.candidates().value(Field.TITLE).map(top::equals).orElse(false);
      ctx.offer(Field.TITLE, top, "first-line", Trust.LAYOUT);
      // A title from front matter that differs from this line leaves the line in the body.
      if (!better) blocks.get(0).remove();
      first = 1;
    }

    boolean date = false, byline = false;
    for (int i = first; i <= limit && i < blocks.size() - 1; i++) {
      Element block = blocks.get(i);
      String line = block.text().strip();
      Optional<PublishedDate> d = dateLine(line);
      if (d.isPresent()) {
        // "Published ..." over "Updated ...": the first date line is the publication date.
        if (!date) ctx.offer(Field.DATE, d.get(), "date-line", Trust.LAYOUT);
        date = true;
        block.remove();
        continue;
      }
      Optional<Bylines.Byline> b = Bylines.parseLine(line);
      if (b.isPresent() && !byline) {
        ctx.offer(Field.AUTHORS, b.get().names(), "byline", Trust.LAYOUT);
        if (!date && b.get().date().isPresent()) {
          ctx.offer(Field.DATE, b.get().date().get(), "byline", Trust.LAYOUT);
          date = true;
        }
        byline = true;
        block.remove();
        continue;
      }
      break;
    }
  }

  private static Kind kindOf(String line) {
    if (dateLine(line).isPresent()) return Kind.DATE;
    if (Bylines.parseLine(line).isPresent()) return Kind.BYLINE;
    return Kind.OTHER;
  }

  /** A line that is a date and little else: a label, a weekday, a time. */
  static Optional<PublishedDate> dateLine(String line) {
    if (line.length() > 80) return Optional.empty();
    return DateParser.parseLine(LABEL.matcher(line).replaceFirst(""));
  }

  /** A first line with nothing below it to confirm it: it has to look like a headline. */
  static boolean looksLikeHeadline(String line) {
    if (!couldBeHeadline(line)) return false;
    if (DatelineHeuristic.startsWithDateline(line)) return false;
    if (ENDS_QUESTION.matcher(line).find()) {
      return line.length() <= MAX_PUNCTUATED_HEADLINE_CHARS && !INNER_SENTENCE_END.matcher(line).find();
    }
    return !ENDS_SENTENCE.matcher(line).find() || ENDS_ABBREVIATION.matcher(line).find();
  }

  /** A first line above a date line or byline: a headline unless it is far too long for one. */
  static boolean couldBeHeadline(String line) {
    return line.length() <= MAX_HEADLINE_CHARS && line.codePoints().anyMatch(Character::isLetter);
  }
}
