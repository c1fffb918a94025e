package gen.read;

import gen.model.Diagnostics;
import gen.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The walk of a build's input folder, started before the command line is fully parsed: the
 * parse (picocli's reflection over gen's commands) and the walk each take some 60-80 ms of a
 * JVM's first moments at 10,000 articles, on one core each instead of one after the other. The
 * build takes the walk if it is of the folder it builds; else it walks as it would have.
 */
public final class WalkAhead {
  /** A walk's files and what it had to say of them. */
  public record Walked(List<SourceFile> files, Diagnostics diagnostics) {}

  private static final Object LOCK = new Object();
  private static Path folder;
  private static CompletableFuture<Walked> walk;

  private WalkAhead() {}

  /** Starts walking {@code input} on a thread of its own. */
  public static void start(Path input) {
    Path key = key(input);
    if (key == null) return;
    CompletableFuture<Walked> started = new CompletableFuture<>();
    synchronized (LOCK) {
      folder = key;
      walk = started;
    }
    Thread t = new Thread(() -> {
      Diagnostics d = new Diagnostics();
      try {
        started.complete(new Walked(Discovery.articles(input, d), d));
      } catch (IOException | RuntimeException e) {
        started.completeExceptionally(e);
      }
    }, "gen-walk");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The walk started for {@code input}, waited for; empty when none was (or it failed: the build
   * walks again and reports what it finds). Taken once.
   */
  public static Optional<Walked> take(Path input) {
    CompletableFuture<Walked> mine;
    synchronized (LOCK) {
      if (walk == null || folder == null || !folder.equals(key(input))) return Optional.empty();
      mine = walk;
      walk = null;
      folder = null;
    }
    try {
      return Optional.of(mine.join());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Path key(Path input) {
    try {
      return input.toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
