package gen.render;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Renders pages on a pool of threads and hands each to the sink as soon as it is done, so memory
 * holds only the pages in flight, never the whole site. A page whose template and data are the
 * same as in the previous build (same {@link PageKeys key}) is not rendered at all when the sink
 * can keep the old file. Render steps call {@link #page} in any order; {@link #finish} waits for
 * the last page and raises the first failure.
 */
final class PageQueue implements AutoCloseable {
  private final Consumer<String> planned;
  private final Templates templates;
  private final PageSink sink;
  private final PageKeys keys;
  private final ModelDigest digest;
  private final PageReuse reuse;
  private final ExecutorService pool;
  private final InFlightWindow inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /**
   * @param planned told of every page's path as it is asked for, in the asking thread
   * @param digest makes the keys
   */
  PageQueue(Templates templates, PageSink sink, PageKeys keys, int threads, Consumer<String> planned, ModelDigest digest,
      PageReuse reuse) {
    this.digest = digest;
    this.reuse = reuse;
    this.planned = planned;
    this.templates = templates;
    this.sink = sink;
    this.keys = keys;
    int n = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "gen-render");
      t.setDaemon(true);
      return t;
    });
    // Bounded: a step producing pages faster than they render waits instead of filling memory.
    this.inFlight = new InFlightWindow(n * 16, n * 4);
  }

  /** Renders {@code template} with {@code model} into {@code path}, unless the previous page can stay. */
  void page(String path, String template, Map<String, Object> model) throws RenderException, IOException {
    page(path, template, model, m -> {});
  }

  /**
   * As {@link #page(String, String, Map)}, with values that {@code derived} adds to the model only
   * when the page is rendered. The key is made from {@code model} alone, so what {@code derived}
   * adds must follow from what the model already holds (a citation made from the article view in
   * it): then it is the same whenever the key is. Runs on a render thread.
   */
  void page(String path, String template, Map<String, Object> model, Consumer<Map<String, Object>> derived)
      throws RenderException, IOException {
    rethrow();
    planned.accept(path);
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    pool.execute(() -> {
      try {
        if (failure.get() == null) renderOne(path, template, model, derived);
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      } finally {
        inFlight.release();
      }
    });
  }

  /**
   * Keeps the page at {@code path} as the previous build wrote it, without its data being made, if
   * the page, made with {@code template}, shows only {@code shown} and {@link PageReuse} says none
   * of them changed. Returns
   * false when the caller must make the page's data and ask for it with {@link #page}. Called in
   * the order of the pages, in the asking thread.
   */
  boolean keepIfUnchanged(String path, String template, java.util.Collection<gen.model.Article> shown)
      throws RenderException, IOException {
    if (!keys.enabled() || !reuse.unaffected(template, shown)) return false;
    java.util.Optional<String> key = keys.previousKey(path);
    if (key.isEmpty()) return false;
    rethrow();
    if (!sink.keep(path)) return false;
    planned.accept(path);
    keys.recordKeptUnmade(path, key.get());
    return true;
  }

  private void renderOne(String path, String template, Map<String, Object> model, Consumer<Map<String, Object>> derived)
      throws RenderException, IOException {
    if (keys.enabled()) {
      String key = digest.of(template, keys.templateDigest(template), model);
      keys.record(path, key);
      if (keys.previousKey(path).filter(key::equals).isPresent() && sink.keep(path)) return;
    }
    derived.accept(model);
    sink.page(path, templates.render(template, model));
  }

  /** Waits for every page; raises the first failure of any. */
  void finish() throws RenderException, IOException {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // A very large site: keep waiting.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    rethrow();
  }

  private void rethrow() throws RenderException, IOException {
    Throwable t = failure.get();
    if (t != null) rethrow(t);
  }

  /** Throws a worker thread's failure in the waiting thread: as it is where it may be, else wrapped. */
  static void rethrow(Throwable t) throws RenderException, IOException {
    if (t instanceof RenderException e) throw e;
    if (t instanceof IOException e) throw e;
    if (t instanceof RuntimeException e) throw e;
    if (t instanceof Error e) throw e;
    throw new IllegalStateException(t);
  }

  /**
   * Stops the pages not yet started and waits for those being rendered: after a failure, no page
   * may still be on its way to the sink once the build has given up (the writer would find files
   * in its staging folder as it cleans up).
   */
  @Override
  public void close() {
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
