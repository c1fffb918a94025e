package gen.render;

import gen.model.Article;
import gen.search.SearchDocument;
import gen.search.SearchIndex;
import gen.search.SearchIndexBuilder;
import java.io.IOException;
import java.util.Map;

/** The search page and its prebuilt index: a manifest, term shards and one file per article. */
final class SearchPages implements RenderStep {
  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    SearchIndexBuilder builder = new SearchIndexBuilder();
    for (Article a : ctx.archive().articles()) {
      ArticleView v = ctx.views().of(a);
      builder.add(
          new SearchDocument(
              v.title(),
              v.path(),
              v.dateDisplay() == null ? "" : v.dateDisplay(),
              v.source() == null ? "" : v.source().name(),
              a.bodyText()),
          a::bodyText);
    }
    String version = builder.build().write(sink::page);
    Map<String, Object> model = ctx.model("search.html");
    model.put("searchIndex", SearchIndex.FOLDER);
    model.put("searchVersion", version);
    ctx.page("search.html", "search.ftlh", model);
  }
}
