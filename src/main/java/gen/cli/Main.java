package gen.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar gen.jar}. */
public final class Main {
  public static void main(String[] args) {
    System.exit(GenCommand.commandLine().execute(args));
  }

  private Main() {}
}
