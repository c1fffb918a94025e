package gen.serve;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server for the preview: a thread per open connection, up to {@link
 * ServerLimits#maxConnections}, each bounded in time by the {@link ServerLimits}. A slow or stuck
 * client holds its own thread only, and only until a timeout; the others go on being served.
 * (The JDK's server hands a connection to one of a fixed set of threads at its first byte and
 * waits on the rest without limit, so a few clients sending slowly held every thread.)
 */
final class HttpConnections implements AutoCloseable {
  /** Answers one request; may take the connection over with {@link Exchange#stream}. */
  @FunctionalInterface
  interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  /** A request body gen does not want, read and dropped to keep the connection, up to this size. */
  private static final long MAX_DISCARDED_BODY = 64 * 1024;

  private final ServerLimits limits;
  private final Handler handler;
  private final ServerSocket listener;
  private final Semaphore slots;
  private final ExecutorService threads;
  private final WriteWatchdog watchdog;
  private final AtomicInteger open = new AtomicInteger();
  /** Every connection's socket, so that closing the server ends reads and writes under way. */
  private final java.util.Set<Socket> sockets = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Thread acceptor;

  HttpConnections(InetSocketAddress address, ServerLimits limits, Handler handler) throws IOException {
    this.limits = limits;
    this.handler = handler;
    this.listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(address, 128);
    this.slots = new Semaphore(limits.maxConnections());
    AtomicInteger n = new AtomicInteger();
    this.threads = new ThreadPoolExecutor(0, limits.maxConnections(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        r -> daemon(r, "gen-serve-" + n.incrementAndGet()));
    this.watchdog = new WriteWatchdog(limits.writeStallTimeout());
    this.acceptor = daemon(this::accept, "gen-serve-accept");
  }

  void start() {
    acceptor.start();
  }

  InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  /** Connections open now, streams included. */
  int openConnections() {
    return open.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        continue; // closed (the loop ends), or one failed accept
      }
      if (!slots.tryAcquire()) {
        refuse(socket);
        continue;
      }
      open.incrementAndGet();
      sockets.add(socket);
      try {
        threads.execute(() -> serve(socket));
      } catch (RuntimeException e) {
        release(socket);
        refuse(socket);
      }
    }
  }

  /** All connections are taken: say so at once rather than keep the client waiting. */
  private static void refuse(Socket socket) {
    try (socket) {
      socket.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
          + "Connection: close\r\nRetry-After: 1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      // gone already
    }
  }

  private void serve(Socket socket) {
    boolean handedOver = false;
    try {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8 * 1024);
      OutputStream out = Exchange.buffered(watchdog.watch(socket));
      while (true) {
        socket.setSoTimeout((int) limits.idleTimeout().toMillis());
        int first;
        try {
          first = in.read();
        } catch (SocketTimeoutException e) {
          return; // idle for too long: close
        }
        if (first < 0) return;
        RequestHead request;
        try {
          request = RequestHead.read(first, in, socket, System.nanoTime() + limits.headerTimeout().toNanos());
        } catch (RequestHead.Refused e) {
          answerAndClose(out, e.status);
          return;
        } catch (SocketTimeoutException e) {
          answerAndClose(out, 408);
          return;
        }
        boolean keepAlive = request.keepAlive() && dropBody(request, in, socket);
        Exchange exchange = new Exchange(socket, out, request, keepAlive, () -> release(socket));
        handler.handle(exchange);
        if (exchange.streaming()) {
          handedOver = true;
          return;
        }
        exchange.finish();
        if (!exchange.keepAlive()) return;
      }
    } catch (EOFException e) {
      // the client left mid-request
    } catch (IOException | RuntimeException e) {
      // the client went away, or was cut off by a timeout: nothing to tell anyone
    } finally {
      if (!handedOver) {
        try {
          socket.close();
        } catch (IOException e) {
          // closed
        }
        release(socket);
      }
    }
  }

  private void release(Socket socket) {
    if (!sockets.remove(socket)) return; // released already
    open.decrementAndGet();
    slots.release();
  }

  /**
   * Reads and drops a small request body so the connection can serve the next request; false
   * (close after answering) for a large, chunked or unreadable one.
   */
  private boolean dropBody(RequestHead request, InputStream in, Socket socket) throws IOException {
    long length = request.bodyLength();
    if (length == 0) return true;
    if (length < 0 || length > MAX_DISCARDED_BODY) return false;
    socket.setSoTimeout((int) limits.headerTimeout().toMillis());
    in.skipNBytes(length);
    return true;
  }

  private static void answerAndClose(OutputStream out, int status) throws IOException {
    out.write(("HTTP/1.1 " + status + " " + Exchange.reason(status) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Stops accepting; connections under way end when their responses do or their sockets close. */
  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // closed
    }
    watchdog.close();
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // closed
      }
    }
    threads.shutdown();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    threads.shutdownNow();
  }
}
