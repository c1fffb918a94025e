package gen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@code --output} that is a file, or lies below one, can never be built into: a bad value of
 * the option, a usage error (exit 2), told before anything is read or built.
 */
final class OutputFolderCheck {
  /** What is wrong with {@code output} as a folder to build into, if anything is. */
  static Optional<String> problem(Path output) {
    Path p = output.toAbsolutePath().normalize();
    while (p != null && !Files.exists(p)) p = p.getParent();
    if (p == null || Files.isDirectory(p)) return Optional.empty();
    return Optional.of(p.equals(output.toAbsolutePath().normalize())
        ? "--output " + output + " is a file, not a folder"
        : "--output " + output + ": " + p + " is a file, not a folder");
  }

  private OutputFolderCheck() {}
}
