package gen.extract;

import gen.model.PublishedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** A {@code YYYY-MM-DD} prefix of the file name, as {@code gen new} and many archives write it. */
public final class FileNameDateHeuristic implements Heuristic {
  private static final Pattern PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  @Override
  public void apply(ExtractionContext ctx) {
    var m = PREFIX.matcher(ctx.read().file().fileName());
    if (!m.find()) return;
    try {
      LocalDate day =
          LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      ctx.offer(Field.DATE, PublishedDate.ofDay(day), "file-name", Trust.INFERRED + 5);
    } catch (DateTimeException e) {
      // 2024-02-30 is not a date; say nothing rather than guess.
    }
  }
}
