package gen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list page stands among its siblings. Paths are site-root-relative. The first page of a
 * list has its own name ({@code tags/climate.html}), the others are numbered in a folder of the
 * same name ({@code tags/climate/2.html}).
 *
 * @param number 1-based page number
 * @param previous the page before, or null on the first
 * @param next the page after, or null on the last
 * @param pages numbered links: the first and last page and the two either side of this one; where
 *     pages are left out between, one link with {@code gap} true stands for them (it has no path)
 */
public record Pagination(int number, int total, String previous, String next, List<PageLink> pages) {
  public record PageLink(int number, String path, boolean current, boolean gap) {}

  /** The path of page {@code n} of the list whose first page is {@code firstPath}. */
  static String pathOf(String firstPath, String folder, int n) {
    return n == 1 ? firstPath : folder + n + ".html";
  }

  static Pagination of(int number, int total, String firstPath, String folder) {
    List<PageLink> links = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      if (shown(i, number, total)) {
        links.add(new PageLink(i, pathOf(firstPath, folder, i), i == number, false));
      } else if (links.isEmpty() || !links.get(links.size() - 1).gap()) {
        links.add(new PageLink(i, null, false, true));
      }
    }
    return new Pagination(
        number,
        total,
        number > 1 ? pathOf(firstPath, folder, number - 1) : null,
        number < total ? pathOf(firstPath, folder, number + 1) : null,
        links);
  }

  /** A page gets a link if it is near this one or an end, or if a gap would hide only it. */
  private static boolean shown(int i, int number, int total) {
    boolean near = i == 1 || i == total || Math.abs(i - number) <= 2;
    return near || (i == 2 && number == 5) || (i == total - 1 && number == total - 4);
  }

  /** The folder of a list's further pages: {@code tags/climate.html} -> {@code tags/climate/}. */
  static String folderOf(String firstPath) {
    return firstPath.substring(0, firstPath.length() - ".html".length()) + "/";
  }
}
