package gen.site;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a build needs to know.
 *
 * @param templates a theme folder laid over the embedded theme; ignored when it does not exist
 * @param jobs threads for reading, extracting and rendering; 0 means one per core
 */
public record BuildOptions(
    Path input,
    Path output,
    Path templates,
    Optional<String> baseUrl,
    String title,
    boolean drafts,
    boolean force,
    int jobs) {

  public int threads() {
    return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }
}
