package gen.extract.html;

import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.read.Format;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article body of a saved page: the page's own {@code articleBody} when it declares one that
 * holds the text, else the best-scoring container of prose; then stripped of the furniture inside
 * it (share bars, link lists, the headline and byline shown elsewhere), with links and images made
 * absolute against the page's address. Runs after the metadata heuristics, which read the
 * untouched page.
 */
public final class MainContentHeuristic implements Heuristic {
  private static final Pattern BYLINE_NAMES =
      Pattern.compile("(?i)byline|author|dateline|timestamp|publish(?:ed)?-?(?:date|on)|post-?meta|entry-?meta|article-?meta");

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    String base = PageAddress.of(doc, ctx.candidates().value(Field.URL));
    PageCleaner.clean(doc);
    Element scored = ContentScorer.best(doc.body()).orElse(doc.body());
    Element content = declaredBody(doc, scored).orElse(scored);
    ContentCleaner.clean(content);
    removeBylines(content);
    removeAuthorLines(content, ctx.candidates().value(Field.AUTHORS).orElse(java.util.List.of()));
    ctx.candidates().value(Field.TITLE).ifPresent(title -> removeHeadline(content, title));
    PageAddress.absolutize(content, base);
    ctx.setBody(content);
  }

  /**
   * The page's {@code itemprop=articleBody}, when it holds a fair share of what scoring found:
   * some pages mark only the lede or a teaser with it.
   */
  private static Optional<Element> declaredBody(Document doc, Element scored) {
    Elements declared = doc.select("[itemprop~=(?i)^articleBody$]");
    if (declared.isEmpty()) return Optional.empty();
    Element best = declared.stream().max((a, b) -> a.text().length() - b.text().length()).get();
    int scoredLength = scored.text().length();
    if (best.text().length() >= 0.6 * scoredLength || best.select("p").size() >= 3
        && best.text().length() >= 0.4 * scoredLength) {
      return Optional.of(best);
    }
    return Optional.empty();
  }

  /** Short elements named as a byline or date: shown as metadata, not body text. */
  private static void removeBylines(Element content) {
    for (Element e : content.select("[rel=author], [itemprop~=(?i)author|datePublished|dateModified], [class], [id]")) {
      if (e.parent() == null || e == content) continue;
      boolean named = e.hasAttr("rel") || e.hasAttr("itemprop") || BYLINE_NAMES.matcher(ClassHints.names(e)).find();
      if (named && e.text().length() < 120 && e.select("p").size() <= 1 && !e.normalName().equals("p")) e.remove();
    }
  }

  private static final Pattern BY = Pattern.compile("(?iu)^(?:by|par|von|por|di|door|av|af|od|от)\\b.*");

  /** A short block that is the byline again ("By Jane Doe - 11/18/19"), already shown as the authors. */
  private static void removeAuthorLines(Element content, java.util.List<String> authors) {
    if (authors.isEmpty()) return;
    for (Element e : content.select("p, div, span, li, address")) {
      if (e.parent() == null || e == content) continue;
      String text = normalize(e.text());
      if (text.isEmpty() || text.length() > 120) continue;
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      int named = 0;
      for (String a : authors) if (lower.contains(a.toLowerCase(java.util.Locale.ROOT))) named += a.length();
      if (named > 0 && (BY.matcher(text).matches() || named >= 0.4 * text.length())) e.remove();
    }
  }

  /** The headline repeated at the top of the body. */
  private static void removeHeadline(Element content, String title) {
    String wanted = normalize(title);
    for (Element h : content.select("h1, h2")) {
      String text = normalize(h.text());
      if (text.equals(wanted) || !text.isEmpty() && wanted.contains(text) && text.length() > wanted.length() / 2) {
        if (h.normalName().equals("h1")) removeBefore(h, content);
        h.remove();
        return;
      }
    }
  }

  /**
   * What comes before the page's own headline inside the chosen container is the page's top, not
   * the story: a kicker, breadcrumbs, a gallery of other pictures. Media stay (the lead picture).
   */
  private static void removeBefore(Element headline, Element content) {
    for (Element e = headline; e != null && e != content; e = e.parent()) {
      Element prev = e.previousElementSibling();
      while (prev != null) {
        Element before = prev.previousElementSibling();
        if (prev.selectFirst("img, picture, video") == null || prev.text().length() > 200) prev.remove();
        prev = before;
      }
    }
  }

  private static String normalize(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
