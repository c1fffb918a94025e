package gen.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One input file found by discovery.
 *
 * @param path the file on disk
 * @param relative its path below the input folder, with {@code /} separators: used in messages
 *     and as a stable identity
 * @param size bytes
 * @param modified last-modified time, the fallback for the date an article entered the archive
 */
public record SourceFile(Path path, String relative, long size, Instant modified) {
  public String fileName() {
    return path.getFileName().toString();
  }
}
