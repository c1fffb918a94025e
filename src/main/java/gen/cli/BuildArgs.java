package gen.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code build} command line read loosely, before picocli reads it (picocli takes a JVM's first
 * tenth of a second, and the launcher JVM never loads it): which output and input folders it
 * names, whether it asks only for help. Each answer errs on the side that costs time, never one
 * that changes what the build does; picocli's reading is the one the build follows.
 */
final class BuildArgs {
  private BuildArgs() {}

  /**
   * The {@code --output} of a build's arguments, or its default; empty when the arguments are of
   * a shape read here with any doubt (an {@code @file} of arguments, a clustered short option):
   * then whatever asked goes without (a class archive, a build server), which costs a little time
   * and nothing else.
   */
  static Optional<Path> outputFolder(String[] args) {
    return folderOption(args, 'o', "--output", "site");
  }

  /** The {@code --input} of a build's arguments, or its default, read as {@link #outputFolder} reads its option. */
  static Optional<Path> inputFolder(String[] args) {
    return folderOption(args, 'i', "--input", "seeds");
  }

  private static Optional<Path> folderOption(String[] args, char shortName, String longName, String byDefault) {
    String option = "-" + shortName;
    String folder = byDefault;
    boolean seen = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      if (a.startsWith("@")) return Optional.empty();
      String value;
      if (a.equals(option) || a.equals(longName)) {
        if (i + 1 >= args.length) return Optional.empty();
        value = args[++i];
      } else if (a.startsWith(longName + "=")) {
        value = a.substring(longName.length() + 1);
      } else if (a.startsWith(option) || a.startsWith(longName)
          || (a.startsWith("-") && !a.startsWith("--") && a.indexOf(shortName) > 0)) {
        return Optional.empty(); // -ofolder, -qo folder: read here with doubt
      } else {
        continue;
      }
      if (seen || value.isEmpty()) return Optional.empty();
      seen = true;
      folder = value;
    }
    try {
      return Optional.of(Path.of(folder));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the arguments may ask for help or the version rather than a build: answered in this
   * JVM, with no second one started for it (nor a build server left waiting). Read loosely, in the
   * safe direction: an argument that only looks like {@code -h} (a title "-h") costs a build the
   * second JVM's flags, never a wrong answer.
   */
  static boolean asksForHelpOrVersion(String[] args) {
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) break;
      if (a.equals("--help") || a.equals("--version")) return true;
      // -h, -V, or a cluster of short options with one of them (-qh)
      if (a.length() >= 2 && a.charAt(0) == '-' && a.charAt(1) != '-' && a.chars().skip(1).allMatch(Character::isLetter)
          && (a.indexOf('h') > 0 || a.indexOf('V') > 0)) {
        return true;
      }
    }
    return false;
  }
}
