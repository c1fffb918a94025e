package gen.search;

import java.io.IOException;
import java.util.Optional;

/**
 * What the previous build left that lets this one patch the search index rather than rebuild it.
 * Every answer may be empty: the index is then built whole, with the same result.
 */
public interface SearchHistory {
  /** The state the previous build saved, if it belongs to the site now in the output folder. */
  Optional<SearchState> previous();

  /** The body text the previous build read from this input file. */
  Optional<String> previousText(String file);

  /** A file of the previous build's site, if it is still as that build wrote it. */
  Optional<String> previousFile(String path) throws IOException;

  /** Called with this build's state once the index is written. */
  void remember(SearchState state);

  SearchHistory NONE = new SearchHistory() {
    @Override
    public Optional<SearchState> previous() {
      return Optional.empty();
    }

    @Override
    public Optional<String> previousText(String file) {
      return Optional.empty();
    }

    @Override
    public Optional<String> previousFile(String path) {
      return Optional.empty();
    }

    @Override
    public void remember(SearchState state) {}
  };
}
