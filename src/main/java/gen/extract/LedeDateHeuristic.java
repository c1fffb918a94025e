package gen.extract;

import gen.model.DatePrecision;
import gen.read.Format;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The last resort for a date: a full date (day, month and year) written out in the opening
 * paragraph, as in {@code On May 3, 2024, the council voted}. It is often the day of the events
 * rather than of publication, so it is trusted least and only used when nothing better exists. A
 * partial date ("on Friday", "May 3") gives nothing: a date is never completed by guessing.
 */
public final class LedeDateHeuristic implements Heuristic {
  /** How many characters of the lede are read: dates further on are about something else. */
  private static final int LEDE_CHARS = 400;

  private static final int LEDE_MIN_CHARS = 80;

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.TEXT) return;
    if (ctx.candidates().has(Field.DATE)) return;
    List<Element> blocks = Blocks.of(ctx.body());
    // The lede is the first real paragraph, not a photo caption or a kicker above it.
    String lede =
        blocks.stream().limit(3).map(Blocks::text).filter(t -> t.length() >= LEDE_MIN_CHARS).findFirst().orElse("");
    if (lede.length() > LEDE_CHARS) lede = lede.substring(0, LEDE_CHARS);
    DateParser.find(lede)
        .map(DateParser.Match::date)
        .filter(d -> d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.TIME)
        .ifPresent(d -> ctx.offer(Field.DATE, d, "lede", Trust.INFERRED));
  }
}
