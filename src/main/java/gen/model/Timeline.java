package gen.model;

import java.util.List;

/**
 * The archive by time: years newest first, each with its months, and the articles whose date is
 * unknown.
 */
public record Timeline(List<Year> years, List<Article> undated) {
  public static final Timeline EMPTY = new Timeline(List.of(), List.of());

  public Timeline {
    years = List.copyOf(years);
    undated = List.copyOf(undated);
  }

  /**
   * One year.
   *
   * @param months newest first; articles known only to the year are in a last month numbered 0
   */
  public record Year(int year, List<Month> months) {
    public Year {
      months = List.copyOf(months);
    }

    public int count() {
      return months.stream().mapToInt(m -> m.articles().size()).sum();
    }

    /** Every article of the year, in the order of its months. */
    public List<Article> articles() {
      return months.stream().flatMap(m -> m.articles().stream()).toList();
    }
  }

  /**
   * @param month 1 to 12, or 0 for articles whose month is unknown
   * @param articles newest first
   */
  public record Month(int year, int month, List<Article> articles) {
    public Month {
      articles = List.copyOf(articles);
    }
  }
}
