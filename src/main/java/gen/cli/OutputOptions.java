package gen.cli;

import picocli.CommandLine.Option;

/** How much a command prints. */
final class OutputOptions {
  @Option(names = {"-v", "--verbose"}, description = "Print every step, and stack traces on errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;
}
