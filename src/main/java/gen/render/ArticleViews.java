package gen.render;

import gen.text.SafeUrls;

import gen.model.Archive;
import gen.model.Article;
import gen.model.Term;
import gen.model.TermKind;
import gen.text.Fingerprint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes each article's view once, with links to its term pages, and hands out the same view after.
 *
 * <p>Each view of the archive's articles also gets a print for page keys ({@link #printOf}), made
 * from what the view is made of: the article's metadata print, slug, file and body print, and its
 * term links. Hashing the views themselves, field by field through reflection, was most of the
 * time a rebuild spent on page keys. Each term has one {@link TermLink}, shared by the views that
 * link to it, with its print made once.
 */
final class ArticleViews {
  private final Archive archive;
  /** Read and written by the thread that asks for views only. */
  private final Map<Article, ArticleView> views = new IdentityHashMap<>();
  /** Written before the views are handed out; read by the render threads (for page keys). */
  private final Map<ArticleView, byte[]> prints;
  private final Map<Term, TermLink> links = new IdentityHashMap<>();
  private final Map<TermLink, byte[]> linkPrints = new IdentityHashMap<>();
  private final boolean upFront;

  /** Every article's view, made up front: a build that makes every page needs them all. */
  ArticleViews(Archive archive) {
    this(archive, true);
  }

  /**
   * @param upFront whether to make every article's view now (on every core), or each when it is
   *     first asked for: a rebuild that keeps most pages without making their data needs few
   */
  ArticleViews(Archive archive, boolean upFront) {
    this.archive = archive;
    this.upFront = upFront;
    for (TermKind kind : TermKind.values()) {
      for (Term t : archive.taxonomy(kind).terms()) {
        TermLink link = link(t);
        links.put(t, link);
        linkPrints.put(link, printOf(link));
      }
    }
    if (!upFront) {
      // Views are made on the asking thread while the render threads read the prints of earlier ones.
      prints = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
      return;
    }
    prints = new IdentityHashMap<>();
    // On every core: a rebuild makes every view (lists and keys need them) before the first page,
    // a third of a second for 10,000 articles on one thread while the render threads wait.
    record Made(ArticleView view, byte[] print) {}
    List<Article> articles = archive.articles();
    List<Made> made = articles.parallelStream().map(a -> {
      ArticleView.Links l = links(a);
      return new Made(ArticleView.of(a, l), printOf(a, l));
    }).toList();
    for (int i = 0; i < articles.size(); i++) {
      views.put(articles.get(i), made.get(i).view());
      prints.put(made.get(i).view(), made.get(i).print());
    }
  }

  /**
   * The view of an article, the same each time. Asked for by one thread (the one the render steps
   * run on); made up front, the views are only read.
   */
  ArticleView of(Article a) {
    ArticleView v = views.get(a);
    if (v != null) return v;
    ArticleView.Links l = links(a);
    // Made up front, the prints are read without a lock: an article outside the archive (none
    // should be asked for) gets a view without one, so its pages are always rendered.
    if (upFront) return ArticleView.of(a, l);
    v = ArticleView.of(a, l);
    views.put(a, v);
    prints.put(v, printOf(a, l));
    return v;
  }

  List<ArticleView> of(List<Article> articles) {
    List<ArticleView> out = new ArrayList<>(articles.size());
    for (Article a : articles) out.add(of(a));
    return out;
  }

  /**
   * The print of a view this made, else null: equal prints, equal views. Thread-safe: called by
   * the render threads, for views made before their pages were queued.
   */
  byte[] printOf(Object view) {
    return view instanceof ArticleView ? prints.get(view) : null;
  }

  private ArticleView.Links links(Article a) {
    ArticleView.SourceView source =
        a.meta().source()
            .map(s -> new ArticleView.SourceView(
                s.name(),
                s.domain().orElse(null),
                s.url().flatMap(SafeUrls::link).orElse(null),
                termLinks(a, TermKind.SOURCE).stream().findFirst().map(TermLink::path).orElse(null)))
            .orElse(null);
    return new ArticleView.Links(
        source,
        termLinks(a, TermKind.TAG),
        termLinks(a, TermKind.PERSON),
        termLinks(a, TermKind.ORGANIZATION),
        termLinks(a, TermKind.PLACE));
  }

  private List<TermLink> termLinks(Article a, TermKind kind) {
    List<Term> terms = archive.taxonomy(kind).termsOf(a);
    List<TermLink> out = new ArrayList<>(terms.size());
    // Every term is one of the taxonomy's, each linked once in the constructor.
    for (Term t : terms) out.add(links.get(t));
    return out;
  }

  static TermLink link(Term t) {
    return new TermLink(t.name(), t.hasPage() ? t.path() : null, t.count(), t.otherNames());
  }

  /**
   * Everything {@link ArticleView#of(Article, ArticleView.Links)} makes the view from. The view's
   * own fields all follow from these (and from the code, which page keys cover apart).
   */
  private byte[] printOf(Article a, ArticleView.Links l) {
    Fingerprint f = new Fingerprint().add("article-view/1");
    f.add(a.metaPrint());
    f.add(a.slug());
    f.add(a.file().relative());
    f.add(a.bodyHtmlPrint());
    ArticleView.SourceView s = l.source();
    if (s == null) {
      f.add(0);
    } else {
      f.add(1);
      for (String part : new String[] {s.name(), s.domain(), s.url(), s.path()}) f.addNullable(part);
    }
    for (List<TermLink> list : List.of(l.tags(), l.people(), l.organizations(), l.places())) {
      f.add(list.size());
      for (TermLink link : list) f.add(linkPrints.get(link));
    }
    return f.bytes();
  }

  private static byte[] printOf(TermLink link) {
    Fingerprint f = new Fingerprint();
    f.addNullable(link.name());
    f.addNullable(link.path());
    f.add(link.count());
    f.add(link.otherNames().size());
    for (String name : link.otherNames()) f.add(name);
    return f.bytes();
  }

}
