package gen.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of files gen wrote into an output folder, with a hash of each: how a build knows which
 * files are its own (and may be replaced or deleted) and which are unchanged. One line per file:
 * {@code <hash> <path>} (see {@link ContentHash}).
 */
record Manifest(Map<String, String> hashes) {
  static final String FILE_NAME = ".gen-manifest";

  static Manifest read(Path output) throws IOException {
    Path file = output.resolve(FILE_NAME);
    Map<String, String> hashes = new TreeMap<>();
    if (!Files.isRegularFile(file)) return new Manifest(hashes);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int space = line.indexOf(' ');
      if (space > 0) hashes.put(line.substring(space + 1), line.substring(0, space));
    }
    return new Manifest(hashes);
  }

  static boolean exists(Path output) {
    return Files.isRegularFile(output.resolve(FILE_NAME));
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
