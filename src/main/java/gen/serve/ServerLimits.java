package gen.serve;

import java.time.Duration;

/**
 * How long the preview server waits for a client, and for how many at once. A client that sends
 * its request a byte at a time, leaves a connection open with nothing to ask, or stops reading a
 * response, is cut off, so a few slow or stuck clients cannot hold every connection the others
 * need (as they could, on {@code --bind 0.0.0.0}, from the whole network).
 *
 * @param headerTimeout from a request's first byte to the end of its head (request line and headers)
 * @param idleTimeout how long a connection may wait for its first or next request
 * @param writeStallTimeout how long a response may go without the client taking any of it
 * @param maxConnections connections served at once; more are answered 503 and closed
 */
public record ServerLimits(Duration headerTimeout, Duration idleTimeout, Duration writeStallTimeout, int maxConnections) {
  /** The limits {@code gen serve} runs with (documented in the README). */
  public static final ServerLimits DEFAULT =
      new ServerLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30), 256);

  /** A request head larger than this (request line and headers together) is refused. */
  static final int MAX_HEAD_BYTES = 32 * 1024;

  public ServerLimits {
    if (headerTimeout.isNegative() || headerTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()
        || writeStallTimeout.isNegative() || writeStallTimeout.isZero() || maxConnections < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
