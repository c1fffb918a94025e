package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private static String shape(Pagination p) {
    StringBuilder sb = new StringBuilder();
    for (Pagination.PageLink l : p.pages()) {
      sb.append(l.gap() ? "…" : l.current() ? "[" + l.number() + "]" : String.valueOf(l.number())).append(' ');
    }
    return sb.toString().strip();
  }

  @Test
  void first_page_has_its_own_name_and_later_pages_are_numbered_in_a_folder() {
    Pagination p = Pagination.of(2, 3, "tags/climate.html", Pagination.folderOf("tags/climate.html"));
    assertEquals("tags/climate.html", p.previous());
    assertEquals("tags/climate/3.html", p.next());
    assertEquals(List.of("tags/climate.html", "tags/climate/2.html", "tags/climate/3.html"),
        p.pages().stream().map(Pagination.PageLink::path).toList());
  }

  @Test
  void long_lists_show_first_last_and_neighbours_with_gaps() {
    assertEquals("1 … 48 49 [50] 51 52 … 100", shape(Pagination.of(50, 100, "index.html", "page/")));
    assertEquals("[1] 2 3 … 100", shape(Pagination.of(1, 100, "index.html", "page/")));
    assertEquals("1 2 3 4 [5] 6 7 … 100", shape(Pagination.of(5, 100, "index.html", "page/")), "no gap for one page");
    assertEquals("1 … 94 95 [96] 97 98 99 100", shape(Pagination.of(96, 100, "index.html", "page/")));
  }

  @Test
  void a_single_page_has_no_neighbours() {
    Pagination p = Pagination.of(1, 1, "index.html", "page/");
    assertNull(p.previous());
    assertNull(p.next());
    assertEquals("[1]", shape(p));
  }
}
