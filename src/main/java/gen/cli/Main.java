package gen.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar gen.jar}. */
public final class Main {
  public static void main(String[] args) {
    java.util.Optional<Integer> child = BuildJvm.runInChild(args);
    if (child.isPresent()) System.exit(child.get());
    // A build's input folder is walked while the command line is parsed (the folder read loosely
    // here: if the parse finds another, the build walks that one itself).
    if (args.length > 0 && args[0].equals("build") && !BuildArgs.asksForHelpOrVersion(args)) {
      BuildArgs.inputFolder(args).ifPresent(gen.read.WalkAhead::start);
    }
    int code = GenCommand.commandLine(args).execute(args);
    ClassArchive.recordExitCode(code);
    System.exit(code);
  }

  private Main() {}
}
