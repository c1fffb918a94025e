package gen.render;

import gen.model.Article;
import gen.search.SearchDocument;
import gen.search.SearchIndex;
import gen.search.SearchIndexBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search page and its prebuilt index: a manifest, term shards and one file per article,
 * patched from the previous build's index where it can be (see {@code gen.search.SearchUpdate}).
 */
final class SearchPages implements RenderStep {
  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    List<SearchDocument> docs = new ArrayList<>();
    for (Article a : ctx.archive().articles()) {
      ArticleView v = ctx.views().of(a);
      docs.add(
          new SearchDocument(
              v.title(),
              v.path(),
              v.dateDisplay() == null ? "" : v.dateDisplay(),
              v.source() == null ? "" : v.source().name(),
              a.bodyText(),
              a.file().relative()));
    }
    String version = SearchIndexBuilder.write(docs, ctx.search(), new SearchIndex.FileSink() {
      @Override
      public void file(String path, String content) throws IOException {
        sink.page(path, content);
      }

      @Override
      public boolean canKeep(String path) throws IOException {
        return sink.canKeep(path);
      }

      @Override
      public void keep(String path) throws IOException {
        if (!sink.keep(path)) throw new IOException(path + ": the previous build's file is gone");
      }
    });
    Map<String, Object> model = ctx.model("search.html");
    model.put("searchIndex", SearchIndex.FOLDER);
    model.put("searchVersion", version);
    model.put("articleCount", docs.size());
    ctx.page("search.html", "search.ftlh", model);
  }
}
