package gen.extract;

import gen.read.Format;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The element of a saved page that holds the article, stripped of page furniture. */
public final class MainContentHeuristic implements Heuristic {
  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, button").remove();
    Element main = doc.selectFirst("[itemprop=articleBody]");
    if (main == null) main = doc.selectFirst("article");
    if (main == null) main = doc.selectFirst("main");
    if (main == null) main = doc.body();
    Element h1 = main.selectFirst("h1");
    if (h1 != null && ctx.candidates().value(Field.TITLE).map(h1.text()::equals).orElse(false)) h1.remove();
    ctx.setBody(main);
  }
}
