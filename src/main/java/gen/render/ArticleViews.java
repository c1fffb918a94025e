package gen.render;

import gen.text.SafeUrls;

import gen.assemble.ArticleTerms;
import gen.model.Archive;
import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Makes each article's view once, with links to its term pages, and hands out the same view after. */
final class ArticleViews {
  private final Archive archive;
  private final Map<Article, ArticleView> views = new IdentityHashMap<>();

  ArticleViews(Archive archive) {
    this.archive = archive;
    // On every core: a rebuild makes every view (lists and keys need them) before the first page,
    // a third of a second for 10,000 articles on one thread while the render threads wait.
    List<Article> articles = archive.articles();
    List<ArticleView> made = articles.parallelStream().map(a -> ArticleView.of(a, links(a))).toList();
    for (int i = 0; i < articles.size(); i++) views.put(articles.get(i), made.get(i));
  }

  ArticleView of(Article a) {
    ArticleView v = views.get(a);
    return v != null ? v : ArticleView.of(a, links(a));
  }

  List<ArticleView> of(List<Article> articles) {
    List<ArticleView> out = new ArrayList<>(articles.size());
    for (Article a : articles) out.add(of(a));
    return out;
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
    Taxonomy taxonomy = archive.taxonomy(kind);
    List<TermLink> out = new ArrayList<>();
    for (String name : ArticleTerms.names(a, kind)) {
      taxonomy.find(name).map(ArticleViews::link).filter(l -> !out.contains(l)).ifPresent(out::add);
    }
    return out;
  }

  static TermLink link(Term t) {
    return new TermLink(t.name(), t.hasPage() ? t.path() : null, t.count());
  }
}
