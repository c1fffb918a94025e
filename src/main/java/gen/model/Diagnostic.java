package gen.model;

/** One problem with one input file, reported in one line: {@code seeds/x.txt: skipped: binary content}. */
public record Diagnostic(String file, Severity severity, String message) {
  public enum Severity {
    WARNING,
    ERROR
  }

  public static Diagnostic error(String file, String message) {
    return new Diagnostic(file, Severity.ERROR, message);
  }

  public static Diagnostic warning(String file, String message) {
    return new Diagnostic(file, Severity.WARNING, message);
  }

  /** The message as printed: always one line, whatever characters the file's name holds. */
  public String line() {
    return OneLine.of(file) + ": " + (severity == Severity.WARNING ? "warning: " : "") + OneLine.of(message);
  }
}
