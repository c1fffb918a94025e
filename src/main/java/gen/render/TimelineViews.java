package gen.render;

import java.util.List;

/** The views of the archive-by-time pages. Paths are site-root relative. */
public final class TimelineViews {
  /**
   * A year in the archive.
   *
   * @param path its first page, {@code archive/2024.html}
   * @param months newest first, with links to where each starts
   */
  public record YearView(int year, String path, int count, List<MonthLink> months) {}

  /**
   * @param id the month's anchor on its year's pages ({@code m05}; {@code m00} when unknown)
   * @param path the year page where the month starts, with {@code #id}
   */
  public record MonthLink(String label, String id, String path, int count) {}

  /** The articles of one month that fall on the year page being rendered. */
  public record MonthGroup(String label, String id, List<ArticleView> articles) {}

  /** @param path the first page of undated articles, {@code archive/undated.html} */
  public record UndatedView(String path, int count) {}

  private TimelineViews() {}
}
