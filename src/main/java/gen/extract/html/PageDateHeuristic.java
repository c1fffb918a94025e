package gen.extract.html;

import gen.extract.DateParser;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.model.PublishedDate;
import gen.read.Format;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page shows: microdata {@code datePublished}, then a {@code <time
 * datetime>} in the article (not one of a sidebar's), then a short element named as a date whose
 * whole text is one date. Modification dates are not publication dates and are skipped.
 */
public final class PageDateHeuristic implements Heuristic {
  private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|dateline|byline|meta");
  private static final Pattern MODIFIED = Pattern.compile("(?i)modif|updat|edit|comment|related|footer|sidebar");

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    for (Element e : doc.select("[itemprop~=(?i)^datePublished$]")) {
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<PublishedDate> d = DateParser.parseMachine(v);
      if (d.isPresent()) {
        ctx.offer(Field.DATE, d.get(), "itemprop:datePublished", Trust.META - 1);
        return;
      }
    }
    Element scope = doc.selectFirst("article");
    for (Element root : scope == null ? new Element[] {doc.body()} : new Element[] {scope, doc.body()}) {
      for (Element t : root.select("time[datetime], [class][datetime]")) {
        if (modified(t)) continue;
        Optional<PublishedDate> d = DateParser.parseMachine(t.attr("datetime"));
        if (d.isPresent()) {
          ctx.offer(Field.DATE, d.get(), "time", Trust.LAYOUT);
          return;
        }
      }
    }
    for (Element e : doc.body().select("[class], [id]")) {
      if (!DATE_NAMES.matcher(ClassHints.names(e)).find() || modified(e)) continue;
      String text = e.text();
      if (text.isEmpty() || text.length() > 80) continue;
      Optional<PublishedDate> d = DateParser.parseLine(text.replaceFirst("(?iu)^.*?\\b(published|posted|publié|veröffentlicht|publicado)\\b\\s*:?", ""));
      if (d.isPresent() && d.get().precision() != gen.model.DatePrecision.MONTH) {
        ctx.offer(Field.DATE, d.get(), "date-element", Trust.LAYOUT - 5);
        return;
      }
    }
  }

  private static boolean modified(Element e) {
    for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
      if (MODIFIED.matcher(ClassHints.names(p)).find() || MODIFIED.matcher(p.attr("itemprop")).find()) return true;
    }
    return false;
  }
}
