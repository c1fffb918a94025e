package gen.extract;

import gen.model.DatePrecision;
import gen.model.PublishedDate;
import gen.read.Format;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** Above a date line or byline, a line this long is still the headline (with a kicker, say). */
  static final int MAX_SUPPORTED_HEADLINE_CHARS = 250;
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

  /** A date line that says when the article was changed, not when it was published. */
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?iu)^(?:last\\s+)?(?:updated|modified|mis à jour|actualizado|atualizado|aggiornato|aktualisiert"
              + "|bijgewerkt|aktualizováno|diperbarui|обновлено)");

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?iu)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b"
              + "|\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b|\\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\b");

  private enum Kind { DATE, BYLINE, OTHER }

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.TEXT) return;
    List<Element> blocks = Blocks.of(ctx.body());
    if (blocks.isEmpty()) return;
    if (splitHeaderLines(blocks.get(0))) blocks = Blocks.of(ctx.body());
    if (blocks.size() < 2) return;
    int limit = Math.min(MAX_HEADER_LINES, blocks.size() - 1);

    int first = 0;
    String top = Blocks.text(blocks.get(0)).strip();
    Kind topKind = kindOf(top);
    boolean supported = kindOf(Blocks.text(blocks.get(1)).strip()) != Kind.OTHER && blocks.size() > 2;
    // "Jobs report for May 3, 2024" over a date line or byline is a headline that holds a date.
    boolean datedHeadline = supported && topKind == Kind.DATE && wordsBesideDate(top) > 2;
    if (topKind == Kind.OTHER || datedHeadline) {
      if (!(supported ? couldBeHeadline(top, MAX_SUPPORTED_HEADLINE_CHARS) : looksLikeHeadline(top))) return;
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
      String line = Blocks.text(block).strip();
      Optional<PublishedDate> d = dateLine(line);
      if (d.isPresent()) {
        // "Published ..." over "Updated ..." whatever their order; else the first date line.
        int trust = UPDATED.matcher(line).find() ? Trust.LAYOUT - 1 : Trust.LAYOUT;
        ctx.offer(Field.DATE, d.get(), "date-line", trust);
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
        // "Chief Political Correspondent" on the line under the names belongs to the byline.
        if (i + 1 < blocks.size() - 1 && Bylines.isRoleLine(Blocks.text(blocks.get(i + 1)))) {
          blocks.get(++i).remove();
        }
        continue;
      }
      break;
    }
  }

  /**
   * A hard-wrapped text may hold its headline, date line and byline in one block, which the
   * reader joined into one paragraph; its lines are still there. When a line after the first is a
   * date line or byline, the block is split back into the headline, the header lines and what
   * follows them.
   */
  private static boolean splitHeaderLines(Element block) {
    String[] lines = Blocks.wholeText(block).split("\n");
    if (lines.length < 2) return false;
    int firstHeader = -1;
    for (int i = 1; i < Math.min(lines.length, MAX_HEADER_LINES); i++) {
      if (kindOf(lines[i].strip()) != Kind.OTHER) {
        firstHeader = i;
        break;
      }
    }
    if (firstHeader < 0) return false;
    List<String> parts = new ArrayList<>();
    parts.add(String.join("\n", Arrays.asList(lines).subList(0, firstHeader)));
    int i = firstHeader;
    while (i < lines.length && kindOf(lines[i].strip()) != Kind.OTHER) parts.add(lines[i++]);
    if (i < lines.length) parts.add(String.join("\n", Arrays.asList(lines).subList(i, lines.length)));
    for (String part : parts) block.before(new Element(block.tagName()).text(part.strip()));
    block.remove();
    return true;
  }

  private static Kind kindOf(String line) {
    if (dateLine(line).isPresent()) return Kind.DATE;
    if (Bylines.parseLine(line).isPresent()) return Kind.BYLINE;
    return Kind.OTHER;
  }

  /** A line that is a date and little else: a label, a weekday, a time. */
  static Optional<PublishedDate> dateLine(String line) {
    // Without a year there is no date (see DateParser.hasFourDigits), and taking off a label
    // cannot make one: most lines are spared the label's regex.
    if (line.length() > 80 || !DateParser.hasFourDigits(line)) return Optional.empty();
    Optional<PublishedDate> d = DateParser.parseLine(LABEL.matcher(line).replaceFirst(""));
    // "May 2024 jobs report" is a headline; a month alone makes a date line only when bare.
    if (d.isPresent() && d.get().precision() == DatePrecision.MONTH && wordsBesideDate(line) > 0) return Optional.empty();
    return d;
  }

  /** Words on a date line besides the date, its label, a weekday and a time. */
  private static int wordsBesideDate(String line) {
    String s = LABEL.matcher(line).replaceFirst("");
    Optional<DateParser.Match> m = DateParser.find(s);
    String rest = m.map(x -> s.substring(0, x.start()) + " " + s.substring(x.end())).orElse(s);
    rest = WEEKDAY.matcher(rest).replaceAll(" ").replaceAll("\\p{L}+\\s+\\d{4}", " ");
    int words = 0;
    for (String w : rest.split("[^\\p{L}]+")) {
      if (w.length() > 2 && !w.matches("(?i)uhr|at|um|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT")) words++;
    }
    return words;
  }

  /** A first line with nothing below it to confirm it: it has to look like a headline. */
  static boolean looksLikeHeadline(String line) {
    if (!couldBeHeadline(line, MAX_HEADLINE_CHARS)) return false;
    if (DatelineHeuristic.startsWithDateline(line)) return false;
    if (ENDS_QUESTION.matcher(line).find()) {
      return line.length() <= MAX_PUNCTUATED_HEADLINE_CHARS && !INNER_SENTENCE_END.matcher(line).find();
    }
    return !ENDS_SENTENCE.matcher(line).find() || ENDS_ABBREVIATION.matcher(line).find();
  }

  /** A headline unless it is too long for one or has no words. */
  static boolean couldBeHeadline(String line, int maxChars) {
    return line.length() <= maxChars && line.codePoints().anyMatch(Character::isLetter);
  }
}
