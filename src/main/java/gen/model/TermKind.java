package gen.model;

/**
 * The kinds of terms articles are grouped by. Each kind has its own folder of pages in the site,
 * named by {@link #folder()}.
 */
public enum TermKind {
  SOURCE("sources", "Source", "Sources", false),
  TAG("tags", "Tag", "Tags", false),
  PERSON("people", "Person", "People", true),
  ORGANIZATION("organizations", "Organization", "Organizations", true),
  PLACE("places", "Place", "Places", true);

  private final String folder;
  private final String singular;
  private final String plural;
  private final boolean found;

  TermKind(String folder, String singular, String plural, boolean found) {
    this.folder = folder;
    this.singular = singular;
    this.plural = plural;
    this.found = found;
  }

  /**
   * Whether terms of this kind are names found in the articles' text (people, organizations,
   * places) rather than given to the article by whoever saved it (its source, its tags).
   */
  public boolean found() {
    return found;
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
