package gen.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Links marked {@code rel="tag"} (the rel-tag microformat every blog engine writes) name the
 * page's keywords or categories: they are the site's taxonomy, never a sentence of the article.
 * They go, and so does the block that held them once only a label ("Tags", "Temas:") and the
 * commas between them are left.
 */
final class TagLinks {
  /** What may remain of a block of tag links: a label of a word or two, and punctuation. */
  private static final int LABEL = 30;

  static void remove(Element content) {
    List<Element> links = content.select("a[rel~=(?i)^tag$]");
    if (links.isEmpty()) return;
    Set<Element> holders = new LinkedHashSet<>();
    for (Element a : links) {
      Element parent = a.parent();
      a.remove();
      if (parent != null) holders.add(parent);
    }
    for (Element holder : new ArrayList<>(holders)) {
      // Up through the wrappers that held nothing but the list (a <ul> of <li>s, a <span> in a <p>).
      Element doomed = null;
      for (Element e = holder; e != null && e != content && labelOnly(e); e = e.parent()) doomed = e;
      if (doomed != null && doomed.parent() != null) doomed.remove();
    }
  }

  private static boolean labelOnly(Element e) {
    String rest = e.text().replaceAll("[\\p{P}\\p{S}\\s\\u00A0]+", " ").strip();
    return rest.length() <= LABEL;
  }

  private TagLinks() {}
}
