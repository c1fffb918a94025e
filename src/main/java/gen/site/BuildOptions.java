package gen.site;

import gen.render.Presentation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a build needs to know.
 *
 * @param templates a theme folder laid over the embedded theme; ignored when it does not exist
 * @param jobs threads for reading, extracting and rendering; 0 means one per core
 * @param presentation the site's description, language, page sizes and the like
 */
public record BuildOptions(
    Path input,
    Path output,
    Path templates,
    Optional<String> baseUrl,
    String title,
    boolean drafts,
    boolean force,
    int jobs,
    Presentation presentation) {

  /** Options with the default presentation. */
  public BuildOptions(Path input, Path output, Path templates, Optional<String> baseUrl, String title,
      boolean drafts, boolean force, int jobs) {
    this(input, output, templates, baseUrl, title, drafts, force, jobs, Presentation.DEFAULT);
  }

  public int threads() {
    return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }

  /** The same options with another base URL. */
  public BuildOptions withBaseUrl(Optional<String> url) {
    return new BuildOptions(input, output, templates, url, title, drafts, force, jobs, presentation);
  }
}
