package gen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list page stands among its siblings. Paths are site-root-relative.
 *
 * @param number 1-based page number
 * @param pages every page of the list, for numbered links
 */
public record Pagination(int number, int total, String previous, String next, List<PageLink> pages) {
  public record PageLink(int number, String path, boolean current) {}

  /** The path of page {@code n} of the list whose first page is {@code firstPath}. */
  static String pathOf(String firstPath, String folder, int n) {
    return n == 1 ? firstPath : folder + n + ".html";
  }

  static Pagination of(int number, int total, String firstPath, String folder) {
    List<PageLink> links = new ArrayList<>();
    for (int i = 1; i <= total; i++) links.add(new PageLink(i, pathOf(firstPath, folder, i), i == number));
    return new Pagination(
        number,
        total,
        number > 1 ? pathOf(firstPath, folder, number - 1) : null,
        number < total ? pathOf(firstPath, folder, number + 1) : null,
        links);
  }
}
