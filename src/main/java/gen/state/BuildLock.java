package gen.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock that makes builds of one output folder run one after the other: a lock on the file
 * {@value StateFolder#LOCK} in its state folder, held from before a build reads the previous
 * build's state to after it saved its own. Another process (a build server, {@code gen serve}, a
 * build in a JVM of its own) waits for it; so does another thread of this JVM, which the file lock
 * alone would not stop. Re-entrant on one thread, so that the site writer can take it inside a
 * build that holds it already. Released by {@link #close} on the thread that acquired it.
 */
public final class BuildLock implements AutoCloseable {
  /** One per state folder in this JVM: the file lock belongs to the JVM, not to a thread. */
  private static final ConcurrentHashMap<Path, Held> HELD = new ConcurrentHashMap<>();

  private static final class Held {
    final ReentrantLock threads = new ReentrantLock();
    FileChannel channel;
    FileLock file;
  }

  private final Held held;
  private boolean closed;

  private BuildLock(Held held) {
    this.held = held;
  }

  /**
   * Takes the lock of an output folder's builds, waiting for the build that holds it;
   * {@code waiting} runs once, before waiting, if the lock is taken.
   */
  public static BuildLock acquire(Path output, Runnable waiting) throws IOException {
    Path state = StateFolder.of(output);
    Held held = HELD.computeIfAbsent(state, s -> new Held());
    boolean told = false;
    if (!held.threads.tryLock()) {
      waiting.run();
      told = true;
      held.threads.lock();
    }
    if (held.threads.getHoldCount() > 1) return new BuildLock(held);
    try {
      if (Files.isSymbolicLink(state) || Files.isSymbolicLink(state.getParent())) {
        throw new IOException(state + ": a symbolic link on the way; gen keeps its build state only in a real folder");
      }
      Files.createDirectories(state);
      held.channel = FileChannel.open(state.resolve(StateFolder.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock file = held.channel.tryLock();
      if (file == null) {
        if (!told) waiting.run();
        file = held.channel.lock();
      }
      held.file = file;
      return new BuildLock(held);
    } catch (IOException | RuntimeException e) {
      closeChannel(held);
      held.threads.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) return;
    closed = true;
    try {
      if (held.threads.getHoldCount() == 1) {
        try {
          if (held.file != null) held.file.release();
        } finally {
          closeChannel(held);
        }
      }
    } finally {
      held.threads.unlock();
    }
  }

  private static void closeChannel(Held held) {
    held.file = null;
    if (held.channel == null) return;
    try {
      held.channel.close();
    } catch (IOException e) {
      // Closing releases the lock in any case.
    }
    held.channel = null;
  }
}
