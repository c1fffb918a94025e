package gen.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * Where a build server for an output folder listens: kept in the folder's state folder ({@link
 * gen.state.StateFolder}, beside the output folder, never in it: the output folder is published) as
 * {@value #NAME}, readable by its owner only, as the token in it lets whoever reads it run builds.
 */
record ServerFile(int port, String token, String key, long pid) {
  static final String NAME = "build-server";

  /** The server file of this state folder, if there is a well-formed one. */
  static Optional<ServerFile> read(Path stateFolder) {
    Path file = stateFolder.resolve(NAME);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
      List<String> lines = Files.readAllLines(file);
      if (lines.size() != 4) return Optional.empty();
      return Optional.of(new ServerFile(Integer.parseInt(lines.get(0)), lines.get(1), lines.get(2),
          Long.parseLong(lines.get(3))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes this file into the state folder, in place of any other, unless the folder is missing or
   * a link. Written under a temporary name, owner-only from the start, then renamed: a launcher
   * never reads half of it.
   */
  boolean write(Path stateFolder) {
    if (!Files.isDirectory(stateFolder, LinkOption.NOFOLLOW_LINKS)) return false;
    Path temporary = stateFolder.resolve(NAME + "." + pid + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      if (stateFolder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(temporary);
      }
      Files.writeString(temporary, port + "\n" + token + "\n" + key + "\n" + pid + "\n");
      Files.move(temporary, stateFolder.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Left for the next server of this folder, which deletes it first.
      }
      return false;
    }
  }

  /** Whether the folder's server file is still this one: a newer server of the folder replaces it. */
  boolean isCurrent(Path stateFolder) {
    return read(stateFolder).filter(this::equals).isPresent();
  }

  /** Removes the folder's server file if it is this one. */
  void deleteIfCurrent(Path stateFolder) {
    if (!isCurrent(stateFolder)) return;
    try {
      Files.deleteIfExists(stateFolder.resolve(NAME));
    } catch (IOException e) {
      // A launcher that reads it finds no server at its port and starts a new one.
    }
  }
}
