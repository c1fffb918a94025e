package gen.extract;

import gen.read.ReadArticle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What heuristics share while extracting one article: the read document, the element holding the
 * article body (heuristics remove what is not body, such as a headline line or a reference
 * footer), and the candidates proposed so far.
 */
public final class ExtractionContext {
  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}");
  private final ReadArticle read;
  private final Candidates candidates = new Candidates();
  private Element body;

  public ExtractionContext(ReadArticle read, Element body) {
    this.read = read;
    this.body = body;
  }

  public ReadArticle read() {
    return read;
  }

  public Document document() {
    return read.document();
  }

  public Element body() {
    return body;
  }

  public void setBody(Element body) {
    this.body = body;
  }

  public Candidates candidates() {
    return candidates;
  }

  public <T> void offer(Field<T> field, T value, String provenance, int trust) {
    // A language ends up in lang="..." attributes: only well-formed BCP 47 tags get that far.
    if (field == Field.LANGUAGE && !(value instanceof String s && LANGUAGE_TAG.matcher(s).matches())) return;
    candidates.offer(field, value, provenance, trust);
  }
}
