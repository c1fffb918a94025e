package gen.cli;

import java.util.Map;

/**
 * How the running command was started, as far as its output depends on it: the environment and
 * whether there is a console. A build server ({@link BuildServer}) runs each build as its
 * launcher was started, not as the server was.
 */
record Invocation(boolean console, Map<String, String> env) {
  private static volatile Invocation current;

  /** This JVM's own, unless a build server is running a launcher's build. */
  static Invocation current() {
    Invocation running = current;
    return running != null ? running : new Invocation(System.console() != null, System.getenv());
  }

  /** For the build a server is running; {@code null} when it is done. */
  static void set(Invocation invocation) {
    current = invocation;
  }
}
