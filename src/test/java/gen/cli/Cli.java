package gen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs gen's command line in-process with captured output. */
final class Cli {
  record Run(int exit, String out, String err) {}

  /** As {@code java -jar gen.jar} runs them: with the command line made for these arguments. */
  static Run run(String... args) {
    return run(GenCommand.commandLine(args), args);
  }

  /** With every subcommand present, whatever the arguments. */
  static Run runWithEveryCommand(String... args) {
    return run(GenCommand.commandLine(), args);
  }

  private static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Cli() {}
}
