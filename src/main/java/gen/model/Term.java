package gen.model;

import java.util.List;

/**
 * One source, tag, person, organization or place, with every article that has it.
 *
 * @param key the term's identity, see {@link Taxonomy#key}: its name, or for a source its domain
 * @param name how the term is shown: the spelling its newest article uses (a person's full name
 *     before a last name alone, a well-known place's or organization's usual name before others)
 * @param slug unique within its kind, stable for the same name, never {@code index} or {@code page}
 * @param articles newest first, undated last, in the archive's order
 * @param otherNames the other ways the articles write a person, organization or place ("Trump",
 *     "Donald J. Trump" for Donald Trump), first found first; none for a source or a tag
 */
public record Term(TermKind kind, String key, String name, String slug, List<Article> articles, List<String> otherNames) {
  public Term {
    articles = List.copyOf(articles);
    otherNames = List.copyOf(otherNames);
  }

  public Term(TermKind kind, String key, String name, String slug, List<Article> articles) {
    this(kind, key, name, slug, articles, List.of());
  }

  public int count() {
    return articles.size();
  }

  /**
   * Whether the term gets pages of its own. A name found in the text of only one article does not:
   * its page would list just the article the reader came from. A source or a tag, which someone
   * gave the article, always does.
   */
  public boolean hasPage() {
    return !kind.found() || articles.size() > 1;
  }

  /**
   * The term's first page, relative to the site root: {@code tags/climate.html}; written only
   * when {@link #hasPage()}.
   */
  public String path() {
    return kind.folder() + "/" + slug + ".html";
  }
}
