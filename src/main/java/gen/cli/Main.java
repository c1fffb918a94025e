package gen.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar gen.jar}. */
public final class Main {
  public static void main(String[] args) {
    java.util.Optional<Integer> child = BuildJvm.runInChild(args);
    if (child.isPresent()) System.exit(child.get());
    int code = GenCommand.commandLine(args).execute(args);
    ClassArchive.recordExitCode(code);
    System.exit(code);
  }

  private Main() {}
}
