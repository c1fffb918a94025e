package gen.extract.html;

import gen.extract.DateParser;
import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.model.DatePrecision;
import gen.model.Found;
import gen.model.PublishedDate;
import gen.read.Format;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page shows: microdata {@code datePublished}, then a {@code <time
 * datetime>} in the article (not one of a sidebar's), then a short element named as a date whose
 * text is a date. Modification dates are not publication dates and are skipped.
 *
 * <p>Where metadata already gave a date, the date shown wins when the metadata agrees with it:
 * when it is one of the page's metadata dates, or one of them seen from the publisher's time zone
 * (metadata in UTC says the 9th at 01:09, the page says "November 8, 6:09 p.m."). The label under
 * the headline is what readers take for the article's date; a date shown that no metadata backs
 * (a related story's, today's in the page header) stays below the metadata.
 */
public final class PageDateHeuristic implements Heuristic {
  private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|dateline|byline|author|meta");
  /** Names of modification dates and of places other stories' dates sit: whole words of a class or id. */
  private static final Pattern MODIFIED =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:modif\\w*|updat\\w*|edit(?:ed|ion-date)?|changed|comments?|comment[\\w-]*|"
          + "related\\w*|sidebar)(?=$|[\\s_-])");
  /** What separates the parts of a meta line: "Gunter Frank / 22.04.2020 / 06:15 / Foto: ...". */
  private static final Pattern PARTS = Pattern.compile("\\s+[/|·•]\\s+|\\s*[|·•]\\s*");
  /** A day written with a two-figure year, "23.09.22", as date labels do. */
  private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
  private static final Pattern LABEL = Pattern.compile("(?iu)^.*?\\b(published|posted|publié|veröffentlicht|publicado)\\b\\s*:?");

  private static final Pattern UPDATE_LABEL =
      Pattern.compile("(?iu)(?<!\\p{L})(?:updated|last updated|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|"
          + "bijgewerkt|zaktualizowano|обновлено)(?!\\p{L})");

  private static final Pattern PAGE_HEADER = Pattern.compile("(?i)nav|masthead|topbar|top-bar|breadcrumb");

  /** A date the page shows and what showed it. */
  private record Shown(PublishedDate date, String provenance, int trust) {}

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    for (Element e : doc.select("[itemprop~=(?i)^datePublished$]")) {
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      Optional<PublishedDate> d = DateParser.parseMachine(v);
      if (d.isPresent()) {
        ctx.offer(Field.DATE, d.get(), "itemprop:datePublished", Trust.META - 1);
        break;
      }
    }
    Optional<Shown> shown = shown(doc);
    Optional<Found<PublishedDate>> given = ctx.candidates().best(Field.DATE);
    if (given.isEmpty()) {
      shown.ifPresent(s -> ctx.offer(Field.DATE, s.date(), s.provenance(), s.trust()));
      return;
    }
    PublishedDate metadata = given.get().value();
    int above = ctx.candidates().trustOf(Field.DATE) + 1;
    LocalDay local = LocalDay.of(doc);
    if (shown.isPresent() && shown.get().trust() > Trust.LAYOUT - 6 && !shown.get().date().day().equals(metadata.day())
        && local.agrees(shown.get().date())) {
      ctx.offer(Field.DATE, shown.get().date(), shown.get().provenance(), above);
      return;
    }
    local.localTwin(metadata).ifPresent(d -> ctx.offer(Field.DATE, d, given.get().provenance() + " in local time", above));
  }

  /**
   * The first date the page shows for its article, if any. One labelled as an update is taken
   * only when no other is shown, and then never over metadata.
   */
  private static Optional<Shown> shown(Document doc) {
    Element scope = doc.selectFirst("article");
    Element[] roots = scope == null ? new Element[] {doc.body()} : new Element[] {scope, doc.body()};
    Shown update = null;
    for (Element root : roots) {
      for (Element t : root.select("time[datetime], [class][datetime]")) {
        if (modified(t) || inPageHeader(t)) continue;
        // What the reader sees, when it is a date, over the machine's copy of it (often in UTC);
        // the machine's when both say the same day, as it is the more precise.
        Optional<PublishedDate> machine = DateParser.parseMachine(t.attr("datetime"));
        Optional<PublishedDate> seen = dateLabel(t.text());
        Optional<PublishedDate> d = seen.isPresent() && !(machine.isPresent() && machine.get().day().equals(seen.get().day()))
            ? seen : machine;
        if (d.isEmpty()) continue;
        if (!labelledUpdate(t)) return Optional.of(new Shown(d.get(), "time", Trust.LAYOUT));
        if (update == null) update = new Shown(d.get(), "time", Trust.LAYOUT - 6);
      }
    }
    for (Element e : doc.body().select("[class], [id], time")) {
      if (!e.nameIs("time") && !DATE_NAMES.matcher(ClassHints.names(e)).find() || modified(e) || inPageHeader(e)) continue;
      String text = visibleText(e);
      if (text.isEmpty() || text.length() > 80) continue;
      Optional<PublishedDate> d = dateLabel(text);
      if (d.isEmpty()) continue;
      if (!labelledUpdate(e)) return Optional.of(new Shown(d.get(), "date-element", Trust.LAYOUT - 5));
      if (update == null) update = new Shown(d.get(), "date-element", Trust.LAYOUT - 6);
    }
    return Optional.ofNullable(update);
  }

  /** The text a reader sees: without the parts hidden, often a machine date for search engines. */
  private static String visibleText(Element e) {
    if (e.select("[class~=(?i)hidden], [hidden]").isEmpty()) return e.text();
    Element copy = e.clone();
    copy.select("[class~=(?i)hidden], [hidden]").remove();
    return copy.text();
  }

  /**
   * The site's own bars above and below every page, whose dates are today's or a copyright's, not
   * the article's.
   */
  private static boolean inPageHeader(Element e) {
    for (Element p = e.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
      if (p.nameIs("nav") || p.nameIs("footer") || p.nameIs("article")) return !p.nameIs("article");
      if (PAGE_HEADER.matcher(ClassHints.names(p)).find()) return true;
    }
    return false;
  }

  /** The date of a date label: the whole text, or one part of a meta line, down to the day. */
  static Optional<PublishedDate> dateLabel(String text) {
    Optional<PublishedDate> d = day(text);
    if (d.isPresent()) return d;
    for (String part : PARTS.split(text)) {
      d = day(part);
      if (d.isPresent()) return d;
    }
    return Optional.empty();
  }

  private static Optional<PublishedDate> day(String text) {
    String line = LABEL.matcher(text).replaceFirst("");
    Optional<PublishedDate> d = DateParser.parseLine(line).filter(x -> x.precision() != DatePrecision.MONTH);
    if (d.isPresent()) return d;
    Matcher m = SHORT_YEAR.matcher(line);
    if (!m.find() || line.length() - (m.end() - m.start()) > 16) return Optional.empty();
    try {
      int year = 2000 + Integer.parseInt(m.group(3));
      return Optional.of(PublishedDate.ofDay(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * "Updated Jul 24, 2018": a date shown as the last change, not as the publication. Only a label
   * just before the date counts: "Written: 2023-11-07 / Updated: 2023-11-07" is a publication date.
   */
  private static boolean labelledUpdate(Element e) {
    Element around = e.parent() != null && e.parent().text().length() <= 150 ? e.parent() : e;
    String text = around.text();
    int date = DateParser.find(text).map(DateParser.Match::start).orElse(text.length());
    String before = text.substring(Math.max(0, date - 25), date);
    return UPDATE_LABEL.matcher(before).find();
  }

  private static boolean modified(Element e) {
    for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
      if (MODIFIED.matcher(ClassHints.names(p)).find() || MODIFIED.matcher(p.attr("itemprop")).find()) return true;
    }
    return false;
  }
}
