package gen.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one line on stderr and exit code 1; the stack trace only with
 * {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
        || parsed.hasMatchedOption("--verbose");
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cl.getErr().println("gen: error: " + msg);
    if (verbose) e.printStackTrace(cl.getErr());
    return 1;
  }
}
