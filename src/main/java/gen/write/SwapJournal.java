package gen.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a swap, written down before the first file of the live site is touched, so that a
 * swap cut short (a crash, {@code kill -9}, a full disk) can be undone at the next start.
 *
 * <p>Every step of the swap is one {@code rename} inside the output folder: a replaced or deleted
 * file is first moved to {@code old/}, a new file is then moved from {@code new/} into place.
 * Undoing walks the steps backwards and moves {@code old/} files back, which is safe to repeat if
 * it is itself cut short. The journal file is deleted when the swap is complete: that deletion is
 * the moment the new site becomes the site.
 *
 * <p>One line per step: {@code M dir} (a folder the swap creates; written by earlier versions,
 * which made new folders one by one, and still read so that their journals roll back), {@code F
 * dir} (a whole folder moved into place from {@code new/}: the live site had no such folder, so
 * one rename adds every file in it), {@code A path} (a file added), {@code R path} (a file
 * replaced), {@code D path} (a file deleted). The path {@value #MANIFEST} stands for the manifest
 * in the state folder ({@code gen.state.StateFolder}), swapped by renames inside that folder:
 * {@code manifest.new} in, the previous one aside to {@code manifest.old}. (Earlier versions kept
 * it in the output folder as {@code .gen-manifest}, an ordinary path of their journals.)
 */
final class SwapJournal {
  static final String FILE_NAME = "journal";
  /** The step path that stands for the manifest in the state folder. */
  static final String MANIFEST = ":manifest";
  /** The manifest file of earlier versions, inside the output folder. */
  static final String LEGACY_MANIFEST = ".gen-manifest";

  enum Kind { MKDIR, FOLDER, ADD, REPLACE, DELETE }

  record Step(Kind kind, String path) {
    String line() {
      return kind.name().charAt(0) + " " + path;
    }

    static Step parse(String line) throws IOException {
      if (line.length() < 3 || line.charAt(1) != ' ') throw new IOException("damaged swap journal line: " + line);
      Kind kind =
          switch (line.charAt(0)) {
            case 'M' -> Kind.MKDIR;
            case 'F' -> Kind.FOLDER;
            case 'A' -> Kind.ADD;
            case 'R' -> Kind.REPLACE;
            case 'D' -> Kind.DELETE;
            default -> throw new IOException("damaged swap journal line: " + line);
          };
      String path = line.substring(2);
      return new Step(kind, path.equals(MANIFEST) || path.equals(LEGACY_MANIFEST) ? path : SitePaths.validate(path));
    }
  }

  private final Path output;
  private final Path staging;
  private final Path manifest;
  private final List<Step> steps;

  /** @param manifest the manifest's file in the state folder */
  SwapJournal(Path output, Path staging, Path manifest, List<Step> steps) {
    this.output = output;
    this.staging = staging;
    this.manifest = manifest;
    this.steps = List.copyOf(steps);
  }

  Path newFile(String rel) {
    if (rel.equals(MANIFEST)) return manifest.resolveSibling(manifest.getFileName() + ".new");
    return staging.resolve("new").resolve(rel);
  }

  Path oldFile(String rel) {
    if (rel.equals(MANIFEST)) return manifest.resolveSibling(manifest.getFileName() + ".old");
    return staging.resolve("old").resolve(rel);
  }

  private Path liveFile(String rel) {
    return rel.equals(MANIFEST) ? manifest : output.resolve(rel);
  }

  /** Writes the journal durably: to a temporary name, forced to disk, then renamed. */
  void save() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Step s : steps) sb.append(s.line()).append('\n');
    Path tmp = staging.resolve(FILE_NAME + ".tmp");
    try (FileChannel ch =
        FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
      ch.force(true);
    }
    Files.move(tmp, staging.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(staging);
  }

  static boolean exists(Path staging) {
    return Files.isRegularFile(staging.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS);
  }

  static SwapJournal load(Path output, Path staging, Path manifest) throws IOException {
    List<Step> steps = new ArrayList<>();
    for (String line : Files.readAllLines(staging.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) steps.add(Step.parse(line));
    }
    return new SwapJournal(output, staging, manifest, steps);
  }

  /** Carries the swap out, step by step, in journal order. */
  void apply() throws IOException {
    for (Step s : steps) {
      Path live = liveFile(s.path());
      switch (s.kind()) {
        case MKDIR -> Files.createDirectories(live);
        case FOLDER, ADD -> Files.move(newFile(s.path()), live, StandardCopyOption.ATOMIC_MOVE);
        case REPLACE -> {
          moveAside(s.path());
          Files.move(newFile(s.path()), live, StandardCopyOption.ATOMIC_MOVE);
        }
        case DELETE -> moveAside(s.path());
      }
    }
  }

  /** The swap is complete: forget the plan. From here on the new site is the site. */
  void complete() throws IOException {
    Files.delete(staging.resolve(FILE_NAME));
    syncDirectory(staging);
    // The previous manifest, kept aside until the new site was the site.
    Files.deleteIfExists(oldFile(MANIFEST));
  }

  /**
   * Undoes whatever part of the swap happened, newest step first, leaving the site as it was
   * before the swap began. Safe to run again if it is itself interrupted.
   */
  void rollBack() throws IOException {
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i);
      Path live = liveFile(s.path());
      switch (s.kind()) {
        case ADD -> {
          // Moved into place only if it is no longer waiting in new/.
          if (!Files.exists(newFile(s.path()), LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(live);
          }
        }
        case FOLDER -> {
          // Moved into place only if it is no longer waiting in new/; back it goes, in one rename.
          Path waiting = newFile(s.path());
          if (!Files.exists(waiting, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(live, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(waiting.getParent());
            Files.move(live, waiting, StandardCopyOption.ATOMIC_MOVE);
          }
        }
        case REPLACE, DELETE -> {
          Path old = oldFile(s.path());
          if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(old, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        case MKDIR -> {
          try {
            Files.deleteIfExists(live);
          } catch (DirectoryNotEmptyException e) {
            // Something else now lives there: leave the folder.
          }
        }
      }
    }
    complete();
  }

  private void moveAside(String rel) throws IOException {
    Path old = oldFile(rel);
    Files.createDirectories(old.getParent());
    Files.move(liveFile(rel), old, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Makes a rename inside the folder durable; not every platform can open a folder for this. */
  static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory; a kill -9 loses nothing that is in the page cache anyway.
    }
  }
}
