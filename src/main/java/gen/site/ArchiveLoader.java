package gen.site;

import gen.extract.Extractor;
import gen.model.Article;
import gen.model.Diagnostics;
import gen.model.SourceFile;
import gen.read.ArticleReader;
import gen.read.Discovery;
import gen.read.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Discovers, reads and extracts every article of an input folder, in parallel. A file that cannot
 * be read is reported in one line and left out; the others go on.
 */
public final class ArchiveLoader {
  private final Extractor extractor = new Extractor();

  public List<Article> load(Path input, int threads, Diagnostics diagnostics) throws IOException {
    return load(input, threads, diagnostics, BuildListener.NONE);
  }

  public List<Article> load(Path input, int threads, Diagnostics diagnostics, BuildListener listener)
      throws IOException {
    return load(input, threads, diagnostics, listener, ExtractionCache.none());
  }

  /** As {@link #load(Path, int, Diagnostics, BuildListener)}, taking unchanged files' articles from the cache. */
  List<Article> load(Path input, int threads, Diagnostics diagnostics, BuildListener listener, ExtractionCache cache)
      throws IOException {
    List<SourceFile> files = Discovery.articles(input, diagnostics);
    listener.discovered(files.size());
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
    try {
      List<Future<Optional<Article>>> futures = new ArrayList<>(files.size());
      for (SourceFile f : files) {
        futures.add(pool.submit(() -> {
          Optional<Article> a = loadCached(f, cache, diagnostics);
          listener.loaded(done.incrementAndGet(), files.size());
          return a;
        }));
      }
      List<Article> articles = new ArrayList<>(files.size());
      for (Future<Optional<Article>> fu : futures) {
        try {
          fu.get().ifPresent(articles::add);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted");
        }
      }
      return articles;
    } finally {
      pool.shutdownNow();
    }
  }

  private Optional<Article> loadCached(SourceFile file, ExtractionCache cache, Diagnostics diagnostics) {
    Optional<Article> cached = cache.lookup(file);
    if (cached.isPresent()) return cached;
    Optional<Article> fresh = loadOne(file, diagnostics);
    // A file that could not be read is not cached: its diagnostic must show in every build.
    fresh.ifPresent(a -> cache.put(file, a));
    return fresh;
  }

  /** One file to one article, or a diagnostic; never an exception. */
  public Optional<Article> loadOne(SourceFile file, Diagnostics diagnostics) {
    try {
      return Optional.of(extractor.extract(ArticleReader.readFile(file)));
    } catch (UnreadableFileException e) {
      diagnostics.error(file.relative(), e.getMessage());
    } catch (StackOverflowError e) {
      diagnostics.error(file.relative(), "skipped: structure nested too deeply");
    } catch (OutOfMemoryError e) {
      diagnostics.error(file.relative(), "skipped: too large to process");
    } catch (RuntimeException e) {
      // A bug in a heuristic must not stop the build; name the file so it can be reported.
      diagnostics.error(file.relative(), "skipped: internal error (" + e + ")");
    }
    return Optional.empty();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "gen-load");
      t.setDaemon(true);
      return t;
    };
  }
}
