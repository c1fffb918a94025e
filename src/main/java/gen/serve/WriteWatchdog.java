package gen.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes connections whose client stopped taking a response. A socket's write blocks for as long
 * as the client does not read, and no socket option bounds it; so every response is written a
 * block at a time through {@link #watch}, and a block that has waited longer than the stall
 * timeout gets its connection closed, which ends the write with an exception.
 */
final class WriteWatchdog implements AutoCloseable {
  /** Small enough that a client reading at all finishes a block well within the timeout. */
  private static final int BLOCK = 16 * 1024;

  private final long stallNanos;
  private final Set<Watched> writing = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService ticker;

  WriteWatchdog(Duration stall) {
    this.stallNanos = stall.toNanos();
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gen-serve-watchdog");
      t.setDaemon(true);
      return t;
    });
    long tick = Math.max(10, Math.min(1000, stall.toMillis() / 4));
    ticker.scheduleWithFixedDelay(this::closeStalled, tick, tick, TimeUnit.MILLISECONDS);
  }

  /** The socket's output, written a block at a time under watch. */
  OutputStream watch(Socket socket) throws IOException {
    return new Watched(socket, socket.getOutputStream());
  }

  private void closeStalled() {
    long now = System.nanoTime();
    for (Watched w : writing) {
      long since = w.blockStarted;
      if (since != 0 && now - since > stallNanos) {
        try {
          w.socket.close();
        } catch (IOException e) {
          // closing is all there is to do
        }
      }
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }

  private final class Watched extends OutputStream {
    private final Socket socket;
    private final OutputStream out;
    /** {@link System#nanoTime()} when the block being written was started; 0 while none is. */
    private volatile long blockStarted;

    Watched(Socket socket, OutputStream out) {
      this.socket = socket;
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      writing.add(this);
      try {
        for (int at = off; at < off + len; at += BLOCK) {
          blockStarted = System.nanoTime();
          out.write(b, at, Math.min(BLOCK, off + len - at));
          blockStarted = 0;
        }
      } finally {
        blockStarted = 0;
        writing.remove(this);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
