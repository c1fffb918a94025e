package gen.check;

import gen.assemble.SlugAllocator;
import gen.model.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Articles that want the same page name. The build never overwrites a page: it renames the later
 * one ({@code -2}); check says so, and makes it an error when the name was asked for explicitly.
 */
final class SlugCollisions {
  static void check(List<Article> inFileOrder, String prefix, List<Finding> out) {
    List<Article> allocated = SlugAllocator.allocate(inFileOrder);
    Map<String, String> firstWanting = new HashMap<>();
    for (int i = 0; i < inFileOrder.size(); i++) {
      Article wanted = inFileOrder.get(i);
      Article got = allocated.get(i);
      String key = wanted.slug().toLowerCase(Locale.ROOT);
      String first = firstWanting.putIfAbsent(key, prefix + wanted.file().relative());
      if (got.slug().equals(wanted.slug())) continue;
      String who = first == null ? "a page of the site" : first;
      String msg = "slug \"" + wanted.slug() + "\" is also wanted by " + who
          + "; this article's page becomes articles/" + got.slug() + ".html";
      String file = prefix + wanted.file().relative();
      if (wanted.meta().slug().isPresent()) {
        out.add(Finding.error(file, "slug-collision", msg));
      } else {
        out.add(Finding.warning(file, "slug-collision", msg));
      }
    }
  }

  private SlugCollisions() {}
}
