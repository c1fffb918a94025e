package gen.render;

/**
 * A link to a term's page as templates see it.
 *
 * @param path site-root relative, e.g. {@code people/xi-jinping.html}; null for a name found in
 *     only one article, which has no page (see {@link gen.model.Term#hasPage()})
 * @param count articles with the term
 */
public record TermLink(String name, String path, int count) {}
