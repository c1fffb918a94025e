package gen.site;

import gen.extract.Extractor;
import gen.model.Article;
import gen.model.Diagnostics;
import gen.model.SourceFile;
import gen.read.ArticleReader;
import gen.read.Discovery;
import gen.read.Limits;
import gen.read.NestingLimit;
import gen.read.ReadArticle;
import gen.read.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discovers, reads and extracts every article of an input folder, in parallel. A file that cannot
 * be read is reported in one line and left out; the others go on. A file that takes longer than
 * {@link Limits#PER_FILE_TIME} is reported and left out too, and its thread replaced, so one
 * pathological file cannot stall a build.
 */
public final class ArchiveLoader {
  private final Extractor extractor = new Extractor();
  private final Duration perFile;

  public ArchiveLoader() {
    this(Limits.PER_FILE_TIME);
  }

  ArchiveLoader(Duration perFile) {
    this.perFile = perFile;
  }

  /**
   * A file's task, when it started (0 until a thread picks it up), and whether it is settled: done,
   * or given up on as stuck. Whichever of the task and the waiting thread settles it first counts
   * it off.
   */
  private record Task(SourceFile file, Future<Optional<Article>> future, AtomicLong started, AtomicBoolean settled) {}

  public List<Article> load(Path input, int threads, Diagnostics diagnostics) throws IOException {
    return load(input, threads, diagnostics, BuildListener.NONE);
  }

  public List<Article> load(Path input, int threads, Diagnostics diagnostics, BuildListener listener)
      throws IOException {
    return load(input, threads, diagnostics, listener, ExtractionCache::none);
  }

  /**
   * As {@link #load(Path, int, Diagnostics, BuildListener)}, taking unchanged files' articles from
   * the cache, asked for once the input folder has been walked: a rebuild reads it while it walks.
   */
  List<Article> load(Path input, int threads, Diagnostics diagnostics, BuildListener listener,
      java.util.function.Supplier<ExtractionCache> cacheOnceWalked) throws IOException {
    List<SourceFile> files;
    Optional<gen.read.WalkAhead.Walked> ahead = gen.read.WalkAhead.take(input);
    if (ahead.isPresent()) {
      files = ahead.get().files();
      ahead.get().diagnostics().all().forEach(diagnostics::add);
    } else {
      files = Discovery.articles(input, diagnostics);
    }
    ExtractionCache cache = cacheOnceWalked.get();
    listener.discovered(files.size());
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    int n = Math.max(1, threads);
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(n, n, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
    try {
      Optional<Article>[] cached = lookUp(files, cache, pool, listener, done);
      int fresh = 0;
      for (Optional<Article> c : cached) if (c.isEmpty()) fresh++;
      CountDownLatch unsettled = new CountDownLatch(fresh);
      List<Task> tasks = new ArrayList<>(fresh);
      for (int i = 0; i < files.size(); i++) {
        if (cached[i].isPresent()) continue;
        SourceFile f = files.get(i);
        AtomicLong started = new AtomicLong();
        AtomicBoolean settled = new AtomicBoolean();
        tasks.add(new Task(f, pool.submit(() -> {
          // The file's own messages count only if it settles itself: one given up on is reported
          // once, by the waiting thread, whatever its reading says when it ends.
          Diagnostics own = new Diagnostics();
          try {
            started.set(System.nanoTime());
            Optional<Article> a = loadFresh(f, cache, own);
            listener.loaded(done.incrementAndGet(), files.size());
            return a;
          } finally {
            if (settled.compareAndSet(false, true)) {
              own.all().forEach(diagnostics::add);
              unsettled.countDown();
            }
          }
        }), started, settled));
      }
      java.util.Set<Task> givenUp = awaitAll(tasks, unsettled, pool, diagnostics);
      List<Article> articles = new ArrayList<>(files.size());
      int next = 0;
      for (int i = 0; i < files.size(); i++) {
        if (cached[i].isPresent()) {
          articles.add(cached[i].get());
        } else {
          Task t = tasks.get(next++);
          if (!givenUp.contains(t)) result(t).ifPresent(articles::add);
        }
      }
      return articles;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits until every task is settled, waking only to give up on the tasks over the time budget:
   * not once for each file, which on a busy 2-core machine took a core from the workers 10,000
   * times in a 10,000-article build. Returns the tasks given up on.
   */
  private java.util.Set<Task> awaitAll(List<Task> tasks, CountDownLatch unsettled, ThreadPoolExecutor pool,
      Diagnostics diagnostics) throws IOException {
    java.util.Set<Task> givenUp = new java.util.HashSet<>();
    long checkMillis = Math.min(1000, Math.max(1, perFile.toMillis()));
    try {
      while (!unsettled.await(checkMillis, TimeUnit.MILLISECONDS)) {
        long now = System.nanoTime();
        for (Task t : tasks) {
          long started = t.started().get();
          if (t.settled().get() || started == 0 || now - started <= perFile.toNanos()) continue;
          if (!t.settled().compareAndSet(false, true)) continue; // it finished just now
          unsettled.countDown();
          givenUp.add(t);
          t.future().cancel(true);
          diagnostics.error(t.file().relative(), "skipped: still not read after "
              + (perFile.toMillis() < 1000 ? perFile.toMillis() + " ms" : perFile.toSeconds() + " s"));
          // The stuck thread may never notice the interrupt: give the others a replacement.
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    return givenUp;
  }

  /** A task's article, once it settled by itself (its result may take a moment more to be set). */
  private static Optional<Article> result(Task t) throws IOException {
    try {
      return t.future().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  /**
   * The cache's article for every file that has one (else empty), looked up a few hundred files to
   * a task: a hit costs a stat, too little to be worth a task, a future and a time budget of its own.
   */
  @SuppressWarnings("unchecked")
  private static Optional<Article>[] lookUp(List<SourceFile> files, ExtractionCache cache, ThreadPoolExecutor pool,
      BuildListener listener, java.util.concurrent.atomic.AtomicInteger done) throws IOException {
    Optional<Article>[] found = new Optional[files.size()];
    java.util.Arrays.fill(found, Optional.empty());
    List<Future<?>> chunks = new ArrayList<>();
    for (int from = 0; from < files.size(); from += LOOKUP_CHUNK) {
      int start = from;
      int end = Math.min(files.size(), from + LOOKUP_CHUNK);
      chunks.add(pool.submit(() -> {
        for (int i = start; i < end; i++) {
          found[i] = cache.lookup(files.get(i));
          if (found[i].isPresent()) listener.loaded(done.incrementAndGet(), files.size());
        }
      }));
    }
    for (Future<?> chunk : chunks) {
      try {
        chunk.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
    }
    return found;
  }

  private static final int LOOKUP_CHUNK = 256;

  private Optional<Article> loadFresh(SourceFile file, ExtractionCache cache, Diagnostics diagnostics) {
    // Before reading: a write after this changes the file's times, so its entry will not match.
    Optional<ExtractionCache.Stat> stat = cache.statBeforeReading(file);
    Optional<Loaded> loaded = load(file, diagnostics, cache.enabled());
    // A file that could not be read is not cached: its diagnostic must show in every build.
    loaded.ifPresent(l -> cache.put(file, stat, l.digest(), l.article()));
    return loaded.map(Loaded::article);
  }

  /** One file to one article, or a diagnostic; never an exception. */
  public Optional<Article> loadOne(SourceFile file, Diagnostics diagnostics) {
    return load(file, diagnostics, false).map(Loaded::article);
  }

  /** An article and the {@link ExtractionCache#digest} of the bytes it was read from (null when not asked for). */
  private record Loaded(Article article, byte[] digest) {}

  private Optional<Loaded> load(SourceFile file, Diagnostics diagnostics, boolean digest) {
    try {
      byte[] bytes = ArticleReader.bytesOf(file);
      // Taken of the bytes as read, before anything reads them: the cache's check of this file next time.
      byte[] print = digest ? ExtractionCache.digest(bytes) : null;
      ReadArticle read = ArticleReader.readFile(file, bytes);
      if (NestingLimit.flatten(read.document()) > 0) {
        diagnostics.warning(
            file.relative(), "markup nested deeper than " + NestingLimit.MAX_DEPTH + " levels was flattened to text");
      }
      Article article = extractor.extract(read);
      if (article.isBodyTextBlank()) {
        if ("file-name".equals(article.meta().provenance().get("title"))) {
          diagnostics.error(file.relative(), "skipped: no text");
          return Optional.empty();
        }
        diagnostics.warning(file.relative(), "no article text found; the page has only a headline");
      }
      reportIgnoredDate(read, article, diagnostics);
      reportMadeUpSlug(article, diagnostics);
      return Optional.of(new Loaded(article, print));
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

  /** A date the front matter gives but that is no date (2024-02-30) is dropped, and said so. */
  private static void reportIgnoredDate(ReadArticle read, Article article, Diagnostics diagnostics) {
    if ("front-matter".equals(article.meta().provenance().get("date"))) return;
    for (String key : List.of("date", "published", "pubdate")) {
      Optional<String> given = read.frontMatter().string(key);
      if (given.isPresent()) {
        String shown = given.get().length() > 40 ? given.get().substring(0, 40) + "…" : given.get();
        diagnostics.warning(read.file().relative(), "front matter " + key + " '" + shown + "' is not a valid date; ignored");
        return;
      }
    }
  }

  /**
   * A slug given in front matter, or a title, with nothing to make a page name of ({@code ..},
   * {@code ???}) names the page with a made-up id: say so, or the page seems to vanish. A title in
   * a script with no Latin letters gets an id by design, and no warning.
   */
  private static void reportMadeUpSlug(Article article, Diagnostics diagnostics) {
    Optional<String> wanted = article.meta().slug();
    String from = wanted.orElse(article.meta().title());
    if (!article.slug().equals(gen.text.Slugs.shortId(from))) return;
    if (wanted.isEmpty() && from.codePoints().anyMatch(Character::isLetterOrDigit)) return;
    String shown = from.length() > 40 ? from.substring(0, 40) + "…" : from;
    diagnostics.warning(article.file().relative(), (wanted.isPresent() ? "front matter slug '" : "title '") + shown
        + "' has no letters or digits to name the page; it is named " + article.slug());
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "gen-load");
      t.setDaemon(true);
      return t;
    };
  }
}
