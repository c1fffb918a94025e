package gen.render;

/**
 * A link to a term's page as templates see it.
 *
 * @param path site-root relative, e.g. {@code people/xi-jinping.html}; null for a name found in
 *     only one article, which has no page (see {@link gen.model.Term#hasPage()})
 * @param count articles with the term
 * @param otherNames the other ways articles write a person, organization or place ("also written
 *     as"), first found first; empty for a source or a tag
 */
public record TermLink(String name, String path, int count, java.util.List<String> otherNames) {
  public TermLink {
    otherNames = java.util.List.copyOf(otherNames);
  }

  public TermLink(String name, String path, int count) {
    this(name, path, count, java.util.List.of());
  }
}
