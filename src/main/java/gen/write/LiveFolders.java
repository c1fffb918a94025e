package gen.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the live output folder holds on the way to each page, looked up once per folder rather than
 * once per page: a build writes thousands of pages into a few dozen folders, and every look is a
 * system call. The live site does not change while pages are staged, so the answers hold until the
 * swap.
 */
final class LiveFolders {
  enum State {
    /** No such folder yet: nothing of the live site is in the way of what goes there. */
    MISSING,
    FOLDER,
    /** A symbolic link or a file: nothing may be written through or over it. */
    BLOCKED
  }

  private final Path output;
  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  LiveFolders(Path output) {
    this.output = output;
  }

  /** The state of a folder given relative to the output folder; {@code ""} is the output folder. */
  State of(String folder) {
    if (folder.isEmpty()) return State.FOLDER;
    State known = states.get(folder);
    if (known != null) return known;
    State parent = of(parentOf(folder));
    // Below a missing folder everything is missing; below a link or file nothing may go.
    State state = parent == State.FOLDER ? look(output.resolve(folder)) : parent;
    states.put(folder, state);
    return state;
  }

  /**
   * The outermost missing folder on the way to {@code rel}, or {@code null} when its folder exists:
   * the folder that a swap can move into place whole.
   */
  String outermostMissing(String rel) {
    String top = null;
    for (String dir = parentOf(rel); !dir.isEmpty() && of(dir) == State.MISSING; dir = parentOf(dir)) top = dir;
    return top;
  }

  static String parentOf(String rel) {
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? "" : rel.substring(0, slash);
  }

  private static State look(Path dir) {
    try {
      return Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()
          ? State.FOLDER
          : State.BLOCKED;
    } catch (NoSuchFileException e) {
      return State.MISSING;
    } catch (IOException e) {
      return State.BLOCKED; // unreadable: not a place to write into
    }
  }
}
