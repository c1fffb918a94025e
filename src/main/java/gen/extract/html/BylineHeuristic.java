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
  private static final Pattern BYLINE_NAMES = Pattern.compile("(?i)byline|author|autor|auteur|verfasser|writer|reporter|contributor");
  private static final Pattern NOT_BYLINE = Pattern.compile("(?i)comment|avatar|bio|about|more-|related|image|photo|img|follow|social|share|tooltip");
  private static final int MAX_BYLINE = 200;

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.HTML) return;
    Document doc = ctx.document();
    PublisherNames publisher = PublisherNames.of(doc);
    List<String> names = microdata(doc);
    String provenance = "itemprop:author";
    if (publisher.without(names).isEmpty()) {
      names = texts(doc.select("a[rel~=(?i)^author$], link[rel=author][title]"));
      provenance = "rel:author";
    }
    List<String> people = publisher.without(names);
    if (!people.isEmpty() && unseenMetadataAuthors(ctx, doc)) {
      // The page shows its author and the metadata names someone it never shows (the site's owner).
      ctx.offer(Field.AUTHORS, people, provenance + " over metadata not shown on the page", ctx.candidates().trustOf(Field.AUTHORS) + 1);
      return;
    }
    if (people.isEmpty()) {
      for (Element e : doc.select("[class], [id]")) {
        String n = ClassHints.names(e);
        if (!BYLINE_NAMES.matcher(n).find() || NOT_BYLINE.matcher(n).find() || inComments(e)) continue;
        String text = e.text();
        if (text.isEmpty() || text.length() > MAX_BYLINE) continue;
        List<String> found = SignedLineHeuristic.namesIn(text).orElseGet(() -> AuthorNames.fromByline(text));
        if (found.isEmpty()) continue;
        if (names.isEmpty()) names = found;
        if (!publisher.without(found).isEmpty()) {
          names = found;
          provenance = "byline";
          break;
        }
      }
    }
    if (!names.isEmpty()) publisher.offer(ctx, names, provenance, Trust.LAYOUT);
  }

  /**
   * Whether the authors found so far come from metadata and not one of them appears anywhere in
   * the page's text: a site-wide author tag names the publisher or the site's owner, not the writer.
   * A JSON-LD name counts as shown when its last word is: it may spell in full a name the page shortens.
   */
  private static boolean unseenMetadataAuthors(ExtractionContext ctx, Document doc) {
    var found = ctx.candidates().best(Field.AUTHORS);
    if (found.isEmpty() || ctx.candidates().trustOf(Field.AUTHORS) < Trust.META) return false;
    boolean structured = ctx.candidates().trustOf(Field.AUTHORS) >= Trust.STRUCTURED;
    String text = doc.body().text().toLowerCase(java.util.Locale.ROOT);
    for (String name : found.get().value()) {
      String n = name.toLowerCase(java.util.Locale.ROOT);
      if (structured) n = n.substring(n.lastIndexOf(' ') + 1);
      if (text.contains(n)) return false;
    }
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
    List<String> handles = new ArrayList<>();
    for (Element e : elements) {
      if (inComments(e)) continue;
      String t = e.hasAttr("title") && e.text().isBlank() ? e.attr("title") : e.text();
      if (!t.isBlank() && t.length() <= MAX_BYLINE) raw.add(t);
      if (USER_NAME.matcher(t.strip()).matches()) handles.add(t.strip());
    }
    List<String> names = AuthorNames.fromAll(raw);
    // A link to the author's page that reads "eseppelt": the writer signs with a user name.
    return names.isEmpty() ? AuthorNames.fromAll(List.of()).isEmpty() && !handles.isEmpty() ? List.of(handles.get(0)) : names : names;
  }

  private static final Pattern USER_NAME = Pattern.compile("\\p{Ll}[\\p{Ll}\\d._-]{2,29}");

  private static boolean inComments(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String n = ClassHints.names(p).toLowerCase(java.util.Locale.ROOT);
      if (n.contains("comment") || n.contains("reply") || n.contains("replies")) return true;
    }
    return false;
  }
}
