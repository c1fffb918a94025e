package gen.render;

import gen.model.Article;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code index.html}, {@code page/2.html}, ...: every article newest first, from {@code
 * index.ftlh}, which gets {@code articles} and {@code pagination}.
 */
final class IndexPages implements RenderStep {
  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    List<List<Article>> pages = Pages.of(ctx.archive().articles(), ctx.options().pageSize());
    for (int n = 1; n <= pages.size(); n++) {
      String path = Pagination.pathOf("index.html", "page/", n);
      if (ctx.keepIfUnchanged(path, "index.ftlh", pages.get(n - 1))) continue;
      Map<String, Object> model = ctx.model(path);
      model.put("articles", ctx.views().of(pages.get(n - 1)));
      model.put("pagination", Pagination.of(n, pages.size(), "index.html", "page/"));
      ctx.page(path, "index.ftlh", model);
    }
  }
}
