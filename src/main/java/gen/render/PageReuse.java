package gen.render;

import gen.model.Archive;
import gen.model.Article;
import gen.model.Taxonomy;
import gen.model.Term;
import gen.model.TermKind;
import gen.model.Timeline;
import gen.text.Fingerprint;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages a rebuild may keep without making their data. A page's data is made from two things:
 * the way the archive is arranged (templates, options, the articles' order and slugs, their terms,
 * the time line, related articles: the {@link #structureOf structure}) and the views of the
 * articles the page shows. When the structure is the same as in the previous build, a page that
 * shows no article whose {@link #contentOf content} changed has the same data, so the same key,
 * as the page that build wrote; making its data only to find that out was most of a rebuild's
 * rendering time. Each render step names the articles a page shows before making its data
 * ({@link RenderContext#keepIfUnchanged}); pages whose data comes from more than that (the feed,
 * with its dates and bodies) are always made and compared by key.
 */
final class PageReuse {
  /** Nothing is kept without its data: every page's key is made. */
  static final PageReuse NONE = new PageReuse(false, Set.of());

  private final boolean sameStructure;
  private final Set<Article> changed;

  private PageReuse(boolean sameStructure, Set<Article> changed) {
    this.sameStructure = sameStructure;
    this.changed = changed;
  }

  /**
   * Compares this build's inputs with the previous build's.
   *
   * @param now what this build's pages are arranged from
   */
  static PageReuse of(Archive archive, PageKeys.Inputs now, Optional<PageKeys.Inputs> before) {
    if (before.isEmpty() || !before.get().structure().equals(now.structure())) return NONE;
    Set<Article> changed = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, PageKeys.Print> previous = before.get().articles();
    for (Article a : archive.articles()) {
      String file = a.file().relative();
      if (!now.articles().get(file).equals(previous.get(file))) changed.add(a);
    }
    return new PageReuse(true, changed);
  }

  /**
   * Whether a page made with {@code template} that shows only {@code shown} has the same data as in
   * the previous build. Only the {@link #TEMPLATES} are part of the structure: a page made with
   * any other is never taken for unchanged here.
   */
  boolean unaffected(String template, Collection<Article> shown) {
    if (!sameStructure || !TEMPLATES.contains(template)) return false;
    for (Article a : shown) {
      if (changed.contains(a)) return false;
    }
    return true;
  }

  /**
   * The templates of the pages that may be kept without their data (article, index, term, kind and
   * time line pages): their digests are part of the structure.
   */
  static final List<String> TEMPLATES = List.of(
      "article.ftlh", "index.ftlh", "terms.ftlh", "term.ftlh", "archive.ftlh", "year.ftlh", "undated.ftlh");

  /** This build's inputs: the structure and every article's content print. */
  static PageKeys.Inputs inputsOf(Archive archive, SiteOptions options, SiteView site,
      java.util.function.Function<String, String> templateDigests) {
    // The articles' prints on other cores while this thread makes the structure's.
    List<Article> articles = archive.articles();
    java.util.concurrent.CompletableFuture<List<PageKeys.Print>> content =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> articles.parallelStream().map(PageReuse::contentOf).toList());
    String structure = structureOf(archive, options, site, templateDigests);
    // In the archive's order, so that the same inputs are saved as the same bytes.
    Map<String, PageKeys.Print> byFile = new java.util.LinkedHashMap<>(articles.size() * 2);
    List<PageKeys.Print> prints = content.join();
    for (int i = 0; i < articles.size(); i++) byFile.put(articles.get(i).file().relative(), prints.get(i));
    return new PageKeys.Inputs(structure, byFile);
  }

  /**
   * What an article's view is made of besides the structure: its metadata and its body. (Its
   * slug, file and term links are the structure's.)
   */
  static PageKeys.Print contentOf(Article a) {
    return PageKeys.Print.of(new Fingerprint().add(a.metaPrint()).add(a.bodyHtmlPrint()).bytes());
  }

  /**
   * Everything the pages are arranged from but the articles' content: the templates, the
   * site's options and header, each article's file and slug in the archive's order, its related
   * articles, every term with its name, other names, slug and articles, each article's terms, and the time
   * line.
   */
  static String structureOf(Archive archive, SiteOptions options, SiteView site,
      java.util.function.Function<String, String> templateDigests) {
    Fingerprint f = new Fingerprint().add("page-structure/2");
    for (String t : TEMPLATES) f.add(t).add(templateDigests.apply(t));
    f.add(options.title()).addNullable(options.baseUrl().orElse(null)).add(options.pageSize());
    f.add(options.titlesPerPage()).add(options.presentation().feedEntries());
    f.add(site.title()).addNullable(site.baseUrl()).add(site.basePath()).add(site.generator());
    f.add(site.description()).add(site.language()).add(site.author()).add(site.copyright());
    f.add(site.sections().size());
    for (SiteView.Section s : site.sections()) f.add(s.label()).add(s.path()).add(s.folder());
    List<Article> articles = archive.articles();
    Map<Article, Integer> index = new IdentityHashMap<>(articles.size() * 2);
    f.add(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      index.put(a, i);
      f.add(a.file().relative()).add(a.slug());
    }
    for (Article a : articles) add(f, archive.relatedTo(a), index);
    for (TermKind kind : TermKind.values()) {
      Taxonomy taxonomy = archive.taxonomy(kind);
      f.add(kind.ordinal()).add(taxonomy.terms().size());
      for (Term t : taxonomy.terms()) {
        f.add(t.key()).add(t.name()).add(t.slug()).add(t.hasPage() ? 1 : 0);
        f.add(t.otherNames().size());
        for (String other : t.otherNames()) f.add(other);
        add(f, t.articles(), index);
      }
    }
    // Which of an article's names stands for which term depends on the whole archive (a last
    // name, a well-known name's other spellings): each article's term links, by their places.
    for (TermKind kind : TermKind.values()) {
      Taxonomy taxonomy = archive.taxonomy(kind);
      Map<Term, Integer> position = new IdentityHashMap<>(taxonomy.terms().size() * 2);
      for (int i = 0; i < taxonomy.terms().size(); i++) position.put(taxonomy.terms().get(i), i);
      for (Article a : articles) {
        List<Term> own = taxonomy.termsOf(a);
        f.add(own.size());
        for (Term t : own) f.add(position.getOrDefault(t, -1));
      }
    }
    Timeline timeline = archive.timeline();
    f.add(timeline.years().size());
    for (Timeline.Year y : timeline.years()) {
      f.add(y.year()).add(y.months().size());
      for (Timeline.Month m : y.months()) {
        f.add(m.year()).add(m.month());
        add(f, m.articles(), index);
      }
    }
    add(f, timeline.undated(), index);
    return f.hex();
  }

  private static void add(Fingerprint f, List<Article> list, Map<Article, Integer> index) {
    f.add(list.size());
    for (Article a : list) {
      Integer i = index.get(a);
      // An article outside the archive's list (none should be): by its file, so it still counts.
      if (i != null) f.add(i); else f.add(-1).add(a.file().relative());
    }
  }
}
