package gen.write;

/** The output folder cannot be used: it holds files gen did not write, or a path escapes it. */
public final class OutputRefusedException extends Exception {
  public OutputRefusedException(String message) {
    super(message);
  }
}
