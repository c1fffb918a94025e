package gen.model;

/**
 * The kinds of terms articles are grouped by. Each kind has its own folder of pages in the site,
 * named by {@link #folder()}.
 */
public enum TermKind {
  SOURCE("sources", "Source", "Sources"),
  TAG("tags", "Tag", "Tags"),
  PERSON("people", "Person", "People"),
  ORGANIZATION("organizations", "Organization", "Organizations"),
  PLACE("places", "Place", "Places");

  private final String folder;
  private final String singular;
  private final String plural;

  TermKind(String folder, String singular, String plural) {
    this.folder = folder;
    this.singular = singular;
    this.plural = plural;
  }

  /** The site folder of this kind's pages: {@code sources}, {@code tags}, ... */
  public String folder() {
    return folder;
  }

  public String singular() {
    return singular;
  }

  public String plural() {
    return plural;
  }
}
