package gen.assemble;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.model.Article;
import gen.model.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineAssemblerTest {

  @Test
  void groups_by_year_and_month_newest_first_with_unknown_months_last_and_undated_apart() {
    Timeline t = ArchiveAssembler.assemble(List.of(
        article("jan24").day(2024, 1, 5).build(),
        article("may24").day(2024, 5, 3).build(),
        article("may24b").day(2024, 5, 20).build(),
        article("y24").year(2024).build(),
        article("m23").month(2023, 11).build(),
        article("nodate").build()), false).timeline();

    assertEquals(List.of(2024, 2023), t.years().stream().map(Timeline.Year::year).toList());
    Timeline.Year y2024 = t.years().get(0);
    assertEquals(List.of(5, 1, 0), y2024.months().stream().map(Timeline.Month::month).toList());
    assertEquals(List.of("may24b", "may24"), y2024.months().get(0).articles().stream().map(Article::slug).toList());
    assertEquals(List.of("y24"), y2024.months().get(2).articles().stream().map(Article::slug).toList());
    assertEquals(4, y2024.count());
    assertEquals(List.of(11), t.years().get(1).months().stream().map(Timeline.Month::month).toList());
    assertEquals(List.of("nodate"), t.undated().stream().map(Article::slug).toList());
  }

  @Test
  void an_archive_without_dates_has_no_years() {
    Timeline t = ArchiveAssembler.assemble(List.of(article("a").build(), article("b").build()), false).timeline();
    assertEquals(List.of(), t.years());
    assertEquals(2, t.undated().size());
  }
}
