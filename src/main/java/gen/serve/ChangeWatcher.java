package gen.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders recursively (new subfolders included), and single files, and calls back once a burst of changes has
 * settled: an editor's save is often several events, and a build per event would be wasted. Paths
 * below an ignored folder (the site being written) never count. A root that does not exist yet
 * (a {@code templates/} folder made while the preview runs), or is deleted and made again, is
 * watched from the folder that holds it, and from its creation on.
 */
public final class ChangeWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  /** The folders that hold the roots, and the roots each one may see created. */
  private final Map<WatchKey, Awaited> awaited = new HashMap<>();
  private final List<Path> ignored;
  private final long quietMillis;
  private final Runnable onChange;
  private final Thread thread;

  /**
   * @param roots folders to watch, and files (watched from the folder that holds them, whether
   *     they exist yet or not); a folder that does not exist is watched for from its parent
   * @param ignored folders whose changes are not changes (the output, hidden folders always are)
   * @param quietMillis how long no event must arrive before {@code onChange} runs
   */
  public ChangeWatcher(List<Path> roots, List<Path> ignored, long quietMillis, Runnable onChange)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.quietMillis = quietMillis;
    this.onChange = onChange;
    for (Path root : roots) {
      Path r = root.toAbsolutePath().normalize();
      if (Files.isDirectory(r)) registerTree(r);
      await(r);
    }
    this.thread = new Thread(this::run, "gen-watch");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (isIgnored(dir) || (!dir.equals(root) && dir.getFileName().toString().startsWith("."))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** A root and the folder that holds it: what a root is while it does not exist. */
  private record Awaited(Path parent, List<Path> roots) {}

  /** Watches the folder that holds the root (not below it) for the root's creation. */
  private void await(Path root) throws IOException {
    Path parent = root.getParent();
    if (parent == null || !Files.isDirectory(parent) || isIgnored(parent)) return;
    // The same kinds as a tree's folder: registering a folder again replaces its kinds.
    WatchKey key = parent.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
    Awaited known = awaited.get(key);
    List<Path> roots = new java.util.ArrayList<>(known == null ? List.of() : known.roots());
    if (!roots.contains(root)) roots.add(root);
    awaited.put(key, new Awaited(parent, List.copyOf(roots)));
  }

  private boolean isIgnored(Path p) {
    for (Path i : ignored) if (p.startsWith(i)) return true;
    return false;
  }

  private void run() {
    try {
      while (true) {
        boolean relevant = drain(service.take());
        // Debounce: keep collecting until the folder has been quiet for a while.
        WatchKey next;
        while ((next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(next);
        }
        if (relevant) onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Handles one key's events; true if any of them is a change to an input. */
  private boolean drain(WatchKey key) {
    Path dir = keys.get(key);
    Awaited holder = awaited.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        relevant = true;
        continue;
      }
      if (holder != null) {
        Path root = holder.parent().resolve((Path) event.context());
        if (holder.roots().contains(root)) {
          // A root folder made (watched from now on), or a root file (gen.yaml) made, saved or deleted.
          if (event.kind() == ENTRY_CREATE && Files.isDirectory(root)) {
            try {
              registerTree(root);
            } catch (IOException e) {
              // Gone again at once: nothing to watch.
            }
          }
          relevant = true;
          continue;
        }
      }
      if (dir == null) continue;
      Path changed = dir.resolve((Path) event.context());
      if (isIgnored(changed)) continue;
      String name = changed.getFileName().toString();
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          // A folder that vanished again at once: nothing to watch.
        }
      }
      // Editors' swap and backup files are not content.
      if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
          || name.endsWith(".tmp") || name.startsWith("#")) {
        continue;
      }
      relevant = true;
    }
    if (!key.reset()) {
      keys.remove(key);
      awaited.remove(key);
    }
    return relevant;
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
