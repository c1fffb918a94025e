package gen.render;

import java.util.ArrayList;
import java.util.List;

/** Cuts a list into pages of a given size; an empty list still has one (empty) page. */
final class Pages {
  static <T> List<List<T>> of(List<T> items, int size) {
    List<List<T>> pages = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      pages.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    if (pages.isEmpty()) pages.add(List.of());
    return pages;
  }

  private Pages() {}
}
