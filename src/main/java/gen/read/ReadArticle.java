package gen.read;

import gen.model.SourceFile;
import org.jsoup.nodes.Document;

/**
 * What a reader makes of one file: its front matter (possibly empty) and its body as a jsoup
 * {@link Document}. Plain text becomes one {@code <p>} per paragraph; Markdown its rendered HTML;
 * a saved page its own DOM. The heuristics work on this, whatever the format was.
 */
public record ReadArticle(SourceFile file, Format format, FrontMatter frontMatter, Document document) {}
