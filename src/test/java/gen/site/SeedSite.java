package gen.site;

import java.nio.file.Path;
import java.util.Optional;

/** Builds the repository's own {@code seeds/} folder, as a user's first build would. */
final class SeedSite {
  static BuildResult buildInto(Path output) throws Exception {
    return SampleArchive.build(Path.of("seeds"), output, Optional.empty());
  }

  private SeedSite() {}
}
