package gen.render;

import gen.model.Article;
import gen.search.SearchDocument;
import gen.search.SearchHistory;
import gen.search.SearchIndex;
import gen.search.SearchIndexBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The search page and its prebuilt index: a manifest, term shards and bundles of documents,
 * patched from the previous build's index where it can be (see {@code gen.search.SearchUpdate}).
 *
 * <p>The index takes one thread as long as all other pages but the article pages together, so it
 * is built and written on a thread of its own, {@link #start started} before the other steps run;
 * otherwise the render threads would sit idle while one thread indexes. The search page itself
 * still comes in its step's turn, as it needs the index's version.
 */
public final class SearchPages implements RenderStep, AutoCloseable {
  private volatile boolean cancelled;
  private FutureTask<String> index;
  private Thread thread;

  /**
   * Starts building and writing the index of {@code articles} (the archive's, in its order); its
   * files go straight to {@code files}. A build starts it as soon as the articles' order is known,
   * before the rest of the archive is assembled.
   */
  public void start(List<Article> articles, SearchHistory history, PageSink files) {
    if (index != null) throw new IllegalStateException("already started");
    index = new FutureTask<>(() -> writeIndex(articles, history, files));
    thread = new Thread(index, "gen-search");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    String version = index == null ? writeIndex(ctx.archive().articles(), ctx.search(), sink) : awaitIndex();
    Map<String, Object> model = ctx.model("search.html");
    model.put("searchIndex", SearchIndex.FOLDER);
    model.put("searchVersion", version);
    model.put("articleCount", ctx.archive().articles().size());
    ctx.page("search.html", "search.ftlh", model);
  }

  private String writeIndex(List<Article> articles, SearchHistory history, PageSink files) throws IOException {
    List<SearchDocument> docs = new ArrayList<>();
    for (Article a : articles) {
      if (cancelled) throw new IOException("cancelled");
      // As the article's view shows them, made without the view (and its term links): a rebuild
      // that keeps most pages makes few views.
      String date = ArticleView.dateDisplayOf(a);
      docs.add(
          new SearchDocument(
              a.meta().title(),
              ArticleView.pathOf(a),
              date == null ? "" : date,
              a.meta().source().map(gen.model.Source::name).orElse(""),
              a::bodyText,
              SearchDocument.printOf(a.bodyTextPrint()),
              a.file().relative(),
              a::bodyTextUtf8Shared));
    }
    return SearchIndexBuilder.write(docs, history, new SearchIndex.FileSink() {
      @Override
      public void file(String path, String content) throws IOException {
        if (cancelled) throw new IOException("cancelled");
        files.page(path, content);
      }

      @Override
      public boolean canKeep(String path) throws IOException {
        return files.canKeep(path);
      }

      @Override
      public void keep(String path) throws IOException {
        if (!files.keep(path)) throw new IOException(path + ": the previous build's file is gone");
      }
    });
  }

  private String awaitIndex() throws RenderException, IOException {
    try {
      return index.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      PageQueue.rethrow(e.getCause());
      throw new IllegalStateException(e.getCause()); // not reached: rethrow always throws
    }
  }

  /** Whether {@link #start} was called. */
  boolean started() {
    return index != null;
  }

  /** Stops an index still being written (a build that failed) and waits for its thread to end. */
  @Override
  public void close() {
    cancelled = true;
    if (thread == null) return;
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
