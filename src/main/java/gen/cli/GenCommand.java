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
    footer = {
      "",
      "Examples:",
      "  java -jar gen.jar init my-archive && cd my-archive",
      "  java -jar gen.jar new \"Parliament passes the budget\"",
      "  java -jar gen.jar check",
      "  java -jar gen.jar serve",
      "  java -jar gen.jar build --input seeds --output site",
      "",
      "Exit codes: 0 success, 1 errors (with --strict, warnings too), 2 usage error."
    })
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
    // picocli's own completion command: give it an example like every other command.
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().footer(
        "",
        "Examples:",
        "  # gen as a command, with TAB completion in this shell (bash or zsh):",
        "  alias gen='java -jar /path/to/gen.jar'",
        "  source <(java -jar gen.jar generate-completion)",
        "  # for every new shell:",
        "  java -jar gen.jar generate-completion > ~/.gen-completion.bash",
        "  echo 'source ~/.gen-completion.bash' >> ~/.bashrc");
    cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
        .description("Print a bash/zsh script that completes gen's commands and options with TAB.");
    return cl;
  }
}
