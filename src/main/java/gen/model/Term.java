package gen.model;

import java.util.List;

/**
 * One source, tag, person, organization or place, with every article that has it.
 *
 * @param key the term's identity, see {@link Taxonomy#key}: its name, or for a source its domain
 * @param name how the term is shown (the spelling its newest article uses)
 * @param slug unique within its kind, stable for the same name, never {@code index} or {@code page}
 * @param articles newest first, undated last, in the archive's order
 */
public record Term(TermKind kind, String key, String name, String slug, List<Article> articles) {
  public Term {
    articles = List.copyOf(articles);
  }

  public int count() {
    return articles.size();
  }

  /** The term's first page, relative to the site root: {@code tags/climate.html}. */
  public String path() {
    return kind.folder() + "/" + slug + ".html";
  }
}
