package gen.cli;

import java.util.Map;

/**
 * Whether stderr is a person's terminal, where a progress bar that redraws itself makes sense,
 * rather than a log file or a pipe, which get no progress at all.
 */
record Terminal(boolean interactive) {
  static Terminal detect() {
    Invocation invocation = Invocation.current();
    return of(invocation.console(), invocation.env());
  }

  /** A console, and neither {@code NO_COLOR} nor a dumb terminal. */
  static Terminal of(boolean hasConsole, Map<String, String> env) {
    boolean noColor = env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty();
    boolean dumb = "dumb".equals(env.get("TERM"));
    return new Terminal(hasConsole && !noColor && !dumb);
  }
}
