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

  /** The subcommands, in the order help lists them. */
  private static final java.util.LinkedHashMap<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      new java.util.LinkedHashMap<>();

  // Lambdas, not constructor references: a reference loads its class when it is made.
  static {
    SUBCOMMANDS.put("build", () -> new BuildCommand());
    SUBCOMMANDS.put("serve", () -> new ServeCommand());
    SUBCOMMANDS.put("new", () -> new NewCommand());
    SUBCOMMANDS.put("init", () -> new InitCommand());
    SUBCOMMANDS.put("check", () -> new CheckCommand());
    SUBCOMMANDS.put("extract", () -> new ExtractCommand());
    SUBCOMMANDS.put("generate-completion", () -> new AutoComplete.GenerateCompletion());
    SUBCOMMANDS.put("help", () -> new CommandLine.HelpCommand());
  }

  /** A command line wired with gen's exit codes and error handling, with every subcommand; tests use this too. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for these arguments. When they start with a subcommand that needs no other
   * (build, serve, ...), only that one is made: picocli reads every command's annotations when it
   * is added, a tenth of a second of every build's start-up for commands that are not run. Help,
   * completion and anything else (a typo gets its suggestions) get them all.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new GenCommand());
    String first = args.length > 0 ? args[0] : "";
    boolean alone = SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("generate-completion");
    SUBCOMMANDS.forEach((name, make) -> {
      if (!alone || name.equals(first)) cl.addSubcommand(name, make.get());
    });
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    if (!cl.getSubcommands().containsKey("generate-completion")) return cl;
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
