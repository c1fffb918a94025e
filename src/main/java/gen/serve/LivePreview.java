package gen.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Build, serve, watch, rebuild, reload: the loop behind {@code gen serve}. Builds run one at a
 * time on their own thread; changes that arrive during a build lead to exactly one more build. A
 * failed build keeps the server up with the previous site and shows the error in open tabs.
 */
public final class LivePreview implements AutoCloseable {
  /** Debounce for file events: long enough for an editor's save, short enough to feel instant. */
  public static final long QUIET_MILLIS = 150;

  /** One build of the site. */
  @FunctionalInterface
  public interface Build {
    /** @return empty on success, else the error to show, in one or a few lines */
    Optional<String> run();
  }

  private final PreviewServer server;
  private final Build build;
  private final ChangeWatcher watcher;
  private final ExecutorService builds =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gen-rebuild");
        t.setDaemon(true);
        return t;
      });
  private final AtomicBoolean pending = new AtomicBoolean();

  public LivePreview(PreviewServer server, List<Path> watched, List<Path> ignored, Build build)
      throws IOException {
    this.server = server;
    this.build = build;
    this.watcher = new ChangeWatcher(watched, ignored, QUIET_MILLIS, this::requestBuild);
  }

  /** Builds once (waiting for it), then starts serving and watching; a failed first build is shown, not thrown. */
  public void start() {
    runBuild();
    server.start();
    watcher.start();
  }

  /** Asks for a build; several requests while one is queued make one build. */
  public void requestBuild() {
    if (pending.compareAndSet(false, true)) {
      builds.execute(() -> {
        pending.set(false);
        runBuild();
      });
    }
  }

  private void runBuild() {
    Optional<String> error;
    try {
      error = build.run();
    } catch (RuntimeException e) {
      error = Optional.of("internal error: " + e);
    }
    if (error.isPresent()) {
      server.buildFailed(error.get());
    } else {
      server.buildSucceeded();
    }
  }

  public PreviewServer server() {
    return server;
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    builds.shutdownNow();
    try {
      builds.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
  }
}
