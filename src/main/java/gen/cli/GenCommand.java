package gen.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code gen} command. Exit codes: 0 success, 1 the build had errors, 2 usage error. */
@Command(
    name = "gen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a folder of news articles into a fast, searchable static website.",
    subcommands = {
      BuildCommand.class, ServeCommand.class, NewCommand.class, InitCommand.class, CheckCommand.class,
      ExtractCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class
    },
    footer = {"", "Example:", "  java -jar gen.jar build --input seeds --output site"})
public final class GenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    // "gen" alone: show what it can do rather than fail.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line wired with gen's exit codes and error handling; tests use this too. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new GenCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
