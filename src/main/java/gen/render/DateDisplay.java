package gen.render;

import gen.model.PublishedDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them, at the precision known: "3 May 2024", "May 2024", "2024". */
final class DateDisplay {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  static String of(PublishedDate d) {
    return switch (d.precision()) {
      case YEAR -> String.valueOf(d.dateTime().getYear());
      case MONTH -> d.dateTime().format(MONTH);
      case DAY, TIME -> d.dateTime().format(DAY);
    };
  }

  private DateDisplay() {}
}
