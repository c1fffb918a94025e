package gen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import gen.state.StateFolder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of files gen wrote into an output folder, with a hash of each: how a build knows which
 * files are its own (and may be replaced or deleted) and which are unchanged. Kept in the folder's
 * state folder ({@link StateFolder#MANIFEST}), never in the output folder. One line per file:
 * {@code <hash> <path>} (see {@link ContentHash}).
 */
record Manifest(Map<String, String> hashes) {
  /** Where earlier versions kept it: inside the output folder, where it was published with the site. */
  static final String LEGACY_FILE_NAME = SwapJournal.LEGACY_MANIFEST;

  /** The manifest file of an output folder. */
  static Path fileOf(Path output) {
    return StateFolder.of(output).resolve(StateFolder.MANIFEST);
  }

  /** The manifest of an output folder; an earlier version's, inside the folder, when it has no other. */
  static Manifest read(Path output) throws IOException {
    Path file = fileOf(output);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) file = output.resolve(LEGACY_FILE_NAME);
    Map<String, String> hashes = new TreeMap<>();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return new Manifest(hashes);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space > 0) hashes.put(line.substring(space + 1), line.substring(0, space));
    }
    return new Manifest(hashes);
  }

  static boolean exists(Path output) {
    return Files.isRegularFile(fileOf(output), LinkOption.NOFOLLOW_LINKS)
        || Files.isRegularFile(output.resolve(LEGACY_FILE_NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /** The manifest file's content, sorted by path so that identical sites give identical bytes. */
  byte[] bytes() {
    StringBuilder sb = new StringBuilder();
    // A TreeMap in natural order is sorted already (the writer hands over one): not sorted twice.
    Map<String, String> sorted =
        hashes instanceof TreeMap<String, String> t && t.comparator() == null ? hashes : new TreeMap<>(hashes);
    sorted.forEach((path, hash) -> sb.append(hash).append(' ').append(path).append('\n'));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
