package gen.render;

import gen.model.Article;
import gen.model.Timeline;
import gen.render.TimelineViews.MonthGroup;
import gen.render.TimelineViews.MonthLink;
import gen.render.TimelineViews.UndatedView;
import gen.render.TimelineViews.YearView;
import java.io.IOException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The archive by time. {@code archive/index.html} from {@code archive.ftlh}, which gets {@code
 * years} (every {@link YearView}, newest first) and {@code undated} ({@link UndatedView}); {@code
 * archive/<yyyy>.html} (then {@code archive/<yyyy>/2.html}, ...) from {@code year.ftlh}, which
 * gets {@code year}, {@code years}, {@code months} (the page's {@link MonthGroup}s) and {@code
 * pagination}; {@code archive/undated.html} (then {@code archive/undated/2.html}) from {@code
 * undated.ftlh}, which gets {@code undated}, {@code years}, {@code articles} and {@code pagination}.
 */
final class TimelinePages implements RenderStep {
  static final String UNDATED = "archive/undated.html";

  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    Timeline timeline = ctx.archive().timeline();
    int size = ctx.options().titlesPerPage();
    List<YearView> years = new ArrayList<>();
    for (Timeline.Year y : timeline.years()) years.add(yearView(y, size));
    UndatedView undated = new UndatedView(UNDATED, timeline.undated().size());

    // Years, months and counts only: made from the time line, which the arrangement covers.
    if (!ctx.keepIfUnchanged("archive/index.html", "archive.ftlh", List.of())) {
      Map<String, Object> index = ctx.model("archive/index.html");
      index.put("years", years);
      index.put("undated", undated);
      ctx.page("archive/index.html", "archive.ftlh", index);
    }

    for (int i = 0; i < timeline.years().size(); i++) {
      Timeline.Year y = timeline.years().get(i);
      YearView view = years.get(i);
      List<List<Entry>> pages = Pages.of(entries(y), size);
      String folder = Pagination.folderOf(view.path());
      for (int n = 1; n <= pages.size(); n++) {
        String path = Pagination.pathOf(view.path(), folder, n);
        List<Entry> page = pages.get(n - 1);
        if (ctx.keepIfUnchanged(path, "year.ftlh", page.stream().map(Entry::article).toList())) continue;
        Map<String, Object> model = ctx.model(path);
        model.put("year", view);
        model.put("years", years);
        model.put("months", group(ctx, page));
        model.put("pagination", Pagination.of(n, pages.size(), view.path(), folder));
        ctx.page(path, "year.ftlh", model);
      }
    }

    List<List<Article>> pages = Pages.of(timeline.undated(), size);
    String folder = Pagination.folderOf(UNDATED);
    for (int n = 1; n <= pages.size(); n++) {
      String path = Pagination.pathOf(UNDATED, folder, n);
      if (ctx.keepIfUnchanged(path, "undated.ftlh", pages.get(n - 1))) continue;
      Map<String, Object> model = ctx.model(path);
      model.put("undated", undated);
      model.put("years", years);
      model.put("articles", ctx.views().of(pages.get(n - 1)));
      model.put("pagination", Pagination.of(n, pages.size(), UNDATED, folder));
      ctx.page(path, "undated.ftlh", model);
    }
  }

  /** An article on a year page, with the month it is filed under. */
  private record Entry(Timeline.Month month, Article article) {}

  private static List<Entry> entries(Timeline.Year y) {
    List<Entry> out = new ArrayList<>();
    for (Timeline.Month m : y.months()) {
      for (Article a : m.articles()) out.add(new Entry(m, a));
    }
    return out;
  }

  /**
   * The page's entries by month. A year's entries come month after month, so a group ends where the
   * month changes: a month as a map key hashed all of its articles at every entry.
   */
  private static List<MonthGroup> group(RenderContext ctx, List<Entry> page) {
    List<MonthGroup> out = new ArrayList<>();
    Timeline.Month current = null;
    List<ArticleView> list = null;
    for (Entry e : page) {
      if (e.month() != current) {
        current = e.month();
        list = new ArrayList<>();
        out.add(new MonthGroup(label(current), id(current), list));
      }
      list.add(ctx.views().of(e.article()));
    }
    return out;
  }

  private static YearView yearView(Timeline.Year y, int pageSize) {
    String first = "archive/" + y.year() + ".html";
    String folder = Pagination.folderOf(first);
    List<MonthLink> months = new ArrayList<>();
    int before = 0;
    for (Timeline.Month m : y.months()) {
      int page = before / pageSize + 1;
      months.add(new MonthLink(label(m), id(m), Pagination.pathOf(first, folder, page) + "#" + id(m), m.articles().size()));
      before += m.articles().size();
    }
    return new YearView(y.year(), first, y.count(), months);
  }

  static String label(Timeline.Month m) {
    if (m.month() == 0) return "Month unknown";
    return Month.of(m.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.year();
  }

  private static String id(Timeline.Month m) {
    return String.format(Locale.ROOT, "m%02d", m.month());
  }
}
