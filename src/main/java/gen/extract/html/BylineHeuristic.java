package gen.extract.html;

import gen.extract.ExtractionContext;
import gen.extract.Field;
import gen.extract.Heuristic;
import gen.extract.Trust;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Authors from the byline the page shows: microdata {@code itemprop=author}, {@code rel=author}
 * links, then short elements whose class or id says byline or author. Elements inside comment
 * threads are ignored.
 */
public final class BylineHeuristic implements Heuristic {
  private static final Pattern BYLINE_NAMES = Pattern.compile("(?i)byline|author|writer|reporter|contributor");
  private static final Pattern NOT_BYLINE = Pattern.compile("(?i)comment|avatar|bio|about|more-|related|image|photo|img|follow|social|share|tooltip");
  private static final int MAX_BYLINE = 200;

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    List<String> names = microdata(doc);
    String provenance = "itemprop:author";
    if (names.isEmpty()) {
      names = texts(doc.select("a[rel~=(?i)^author$], link[rel=author][title]"));
      provenance = "rel:author";
    }
    if (!names.isEmpty() && unseenMetadataAuthors(ctx, doc)) {
      // The page shows its author and the metadata names someone it never shows (the site's owner).
      ctx.offer(Field.AUTHORS, names, provenance + " over metadata not shown on the page", ctx.candidates().trustOf(Field.AUTHORS) + 1);
      return;
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[class], [id]")) {
        String n = ClassHints.names(e);
        if (!BYLINE_NAMES.matcher(n).find() || NOT_BYLINE.matcher(n).find() || inComments(e)) continue;
        String text = e.text();
        if (text.isEmpty() || text.length() > MAX_BYLINE) continue;
        names = AuthorNames.fromByline(text);
        if (!names.isEmpty()) break;
      }
      provenance = "byline";
    }
    ctx.offer(Field.AUTHORS, names, provenance, Trust.LAYOUT);
  }

  /**
   * Whether the authors found so far come from meta tags and not one of them appears anywhere in
   * the page's text: a site-wide author tag names the publisher, not the writer.
   */
  private static boolean unseenMetadataAuthors(ExtractionContext ctx, Document doc) {
    var found = ctx.candidates().best(Field.AUTHORS);
    // Meta tags only: JSON-LD describes the article itself and may spell a name in full where the page shortens it.
    if (found.isEmpty() || ctx.candidates().trustOf(Field.AUTHORS) != Trust.META) return false;
    String text = doc.body().text().toLowerCase(java.util.Locale.ROOT);
    for (String name : found.get().value()) if (text.contains(name.toLowerCase(java.util.Locale.ROOT))) return false;
    return true;
  }

  private static List<String> microdata(Document doc) {
    List<String> raw = new ArrayList<>();
    for (Element e : doc.select("[itemprop~=(?i)^(author|creator)$]")) {
      if (inComments(e)) continue;
      Element name = e.selectFirst("[itemprop=name]");
      String text = name != null ? name.hasAttr("content") ? name.attr("content") : name.text()
          : e.hasAttr("content") ? e.attr("content") : e.text();
      if (!text.isBlank() && text.length() <= MAX_BYLINE && !gen.extract.Urls.isWebUrl(text)) raw.add(text);
    }
    return AuthorNames.fromAll(raw);
  }

  private static List<String> texts(List<Element> elements) {
    List<String> raw = new ArrayList<>();
    for (Element e : elements) {
      if (inComments(e)) continue;
      String t = e.hasAttr("title") && e.text().isBlank() ? e.attr("title") : e.text();
      if (!t.isBlank() && t.length() <= MAX_BYLINE) raw.add(t);
    }
    return AuthorNames.fromAll(raw);
  }

  private static boolean inComments(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String n = ClassHints.names(p).toLowerCase(java.util.Locale.ROOT);
      if (n.contains("comment") || n.contains("reply") || n.contains("replies")) return true;
    }
    return false;
  }
}
