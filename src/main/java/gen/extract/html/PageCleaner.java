package gen.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * First pass over a saved page before its content is scored: drops what is never article text
 * (scripts, forms, hidden elements, navigation) and furniture named as such by its class or id,
 * and wakes lazily loaded images so they keep a real address.
 */
final class PageCleaner {
  private static final String NEVER_CONTENT =
      "script, style, noscript, template, link, meta, iframe, frame, object, embed, canvas, svg, "
          + "button, input, select, textarea, label, dialog, nav, [role=navigation], [role=banner], "
          + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=menu], "
          + "[role=search], [hidden], [itemprop=comment], #comments";
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final String[] LAZY_SOURCES = {
    "data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src", "data-full-src", "data-lazy"
  };

  /** What marks the article itself: a wrapper holding one of these is not furniture. */
  private static final String ARTICLE_MARKERS = "h1, article, [itemprop~=(?i)articleBody], .hentry, .h-entry";

  static void clean(Document doc) {
    doc.select(NEVER_CONTENT).remove();
    // Hidden from screen readers: icons, duplicated labels; an image there may still be the photo.
    for (Element e : doc.select("[aria-hidden=true]")) if (e.selectFirst("img") == null) e.remove();
    doc.select("[style]").forEach(e -> {
      if (HIDDEN_STYLE.matcher(e.attr("style")).find()) e.remove();
    });
    wakeLazyImages(doc);
    removeFurniture(doc.body());
    StrayText.wrap(doc.body());
  }

  private static void wakeLazyImages(Document doc) {
    for (Element img : doc.select("img")) {
      String src = img.attr("src");
      if (!src.isEmpty() && !src.startsWith("data:")) continue;
      for (String attr : LAZY_SOURCES) {
        String v = img.attr(attr).trim();
        if (!v.isEmpty() && !v.startsWith("data:")) {
          img.attr("src", v);
          break;
        }
      }
      if (img.attr("src").isEmpty() || img.attr("src").startsWith("data:")) {
        String set = img.hasAttr("data-srcset") ? img.attr("data-srcset") : img.attr("srcset");
        String first = set.trim().split("[\\s,]+")[0];
        if (!first.isEmpty()) img.attr("src", first);
      }
    }
  }

  /**
   * Elements whose class or id names page furniture (share bars, newsletter boxes, related lists)
   * and that hold less than half of the page's text: the article itself is never dropped, even
   * when a careless theme calls its wrapper "sidebar-layout".
   */
  private static void removeFurniture(Element body) {
    TextStats stats = TextStats.of(body);
    int total = Math.max(1, stats.text(body));
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) continue;
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) continue;
      if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) continue;
      if (ClassHints.looksLikeFurniture(e) && !insideDoomed(e, doomed)) doomed.add(e);
    }
    for (Element e : doomed) {
      if (stats.text(e) < total / 2 && e.selectFirst(ARTICLE_MARKERS) == null && !holdsProse(e, stats) && !EmbeddedPost.wraps(e)) {
        e.remove();
      }
    }
    // Forms are search boxes and sign-ups, except where a whole page sits in one (ASP.NET).
    body.select("header, footer, aside, form").forEach(e -> {
      if (e.parent() != null && stats.text(e) < total / 2 && (!e.normalName().equals("header") || e.selectFirst("h1") == null)) {
        e.remove();
      }
    });
  }

  private static final Pattern DISCUSSION =
      Pattern.compile("(?i)comment|disqus|repl(?:y|ies)|remark|community|shoutbox|forum|discussion|review");
  private static final int PROSE_PARAGRAPH = 120;

  /**
   * A wrapper named like furniture that still holds the article's prose: the rest of a story
   * behind a "read more" fold or a paywall box. Three long paragraphs with few links, and no
   * linked headings over them (a list of teasers has those), outside anything named a
   * discussion (comments are prose too).
   */
  static boolean holdsProse(Element e, TextStats stats) {
    if (DISCUSSION.matcher(ClassHints.names(e)).find() || stats.linkDensity(e) > 0.2) return false;
    int prose = 0;
    for (Element p : e.select("p")) {
      if (stats.text(p) >= PROSE_PARAGRAPH && stats.linkDensity(p) < 0.2) prose++;
    }
    return prose >= 3 && e.select("h2 a, h3 a, h4 a").size() < 2;
  }

  private static boolean insideDoomed(Element e, List<Element> doomed) {
    if (doomed.isEmpty()) return false;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (doomed.get(doomed.size() - 1) == p) return true;
    }
    return false;
  }

  private PageCleaner() {}
}
