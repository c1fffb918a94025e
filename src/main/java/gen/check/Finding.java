package gen.check;

import java.util.Locale;

/**
 * One thing {@code gen check} found about one file: {@code seeds/x.txt: warning: no date}.
 *
 * @param file the file, relative to the input folder (or a template's name)
 * @param code a short stable identifier for tools: {@code no-date}, {@code near-duplicate}, ...
 */
public record Finding(String file, Level level, String code, String message) {
  /** How bad a finding is. Errors fail the check; warnings fail it with {@code --strict}. */
  public enum Level {
    ERROR,
    WARNING,
    /** Worth knowing, never a failure: a field gen had to guess. */
    INFO;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static Finding error(String file, String code, String message) {
    return new Finding(file, Level.ERROR, code, message);
  }

  public static Finding warning(String file, String code, String message) {
    return new Finding(file, Level.WARNING, code, message);
  }

  public static Finding info(String file, String code, String message) {
    return new Finding(file, Level.INFO, code, message);
  }

  /** {@code file: level: message}, always one line, whatever characters the file's name holds. */
  public String line() {
    return gen.model.OneLine.of(file) + ": " + level.label() + ": " + gen.model.OneLine.of(message);
  }
}
