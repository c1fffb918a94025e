package gen.assemble;

import gen.model.Article;
import gen.model.DatePrecision;
import gen.model.PublishedDate;
import gen.model.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups articles by year and month of publication; undated ones apart. */
final class TimelineAssembler {

  /** @param articles in the archive's order (newest first), kept within each month */
  static Timeline assemble(List<Article> articles) {
    // year -> month (0 = unknown) -> articles; both newest first.
    Map<Integer, Map<Integer, List<Article>>> years = new TreeMap<>(java.util.Comparator.reverseOrder());
    List<Article> undated = new ArrayList<>();
    for (Article a : articles) {
      if (a.meta().published().isEmpty()) {
        undated.add(a);
        continue;
      }
      PublishedDate d = a.meta().published().get();
      int month = d.precision() == DatePrecision.YEAR ? 0 : d.dateTime().getMonthValue();
      years
          .computeIfAbsent(d.dateTime().getYear(), y -> new TreeMap<>(TimelineAssembler::monthsNewestFirst))
          .computeIfAbsent(month, m -> new ArrayList<>())
          .add(a);
    }
    List<Timeline.Year> out = new ArrayList<>();
    years.forEach((year, months) -> {
      List<Timeline.Month> ms = new ArrayList<>();
      months.forEach((month, list) -> ms.add(new Timeline.Month(year, month, list)));
      out.add(new Timeline.Year(year, ms));
    });
    return new Timeline(out, undated);
  }

  /** December first, January last, "month unknown" (0) after all. */
  private static int monthsNewestFirst(Integer a, Integer b) {
    if (a == 0 || b == 0) return Integer.compare(a == 0 ? 1 : 0, b == 0 ? 1 : 0);
    return Integer.compare(b, a);
  }

  private TimelineAssembler() {}
}
