package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import gen.model.Article;
import gen.model.Entities;
import gen.model.Metadata;
import gen.model.Source;
import gen.model.SourceFile;
import gen.model.TextDirection;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The view wrapper against Freemarker's default one: templates must see the very same values. */
class ViewObjectWrapperTest {
  private static ArticleView view(String title, String summary) {
    Metadata meta = new Metadata(title, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(Source.ofDomain("example.org")), Optional.empty(), "ar", TextDirection.RTL, summary, Optional.empty(),
        List.of(), Entities.NONE, List.of(), 10, 1, false, Map.of());
    Article a = new Article(new SourceFile(Path.of("a.txt"), "a.txt", 1, Instant.EPOCH), meta, "a", "<p>“Body” &amp; more</p>", "Body");
    return new ArticleView(title, "a", "articles/a.html", null, null, null, "2024-01-02", List.of("Ann <Lee>", "Bo"),
        new ArticleView.SourceView("Example", null, "https://example.org/", "sources/example.html"), null, null, "ar",
        "rtl", summary, null, List.of("t"), List.of(), List.of(), List.of("Paris"),
        List.of(new TermLink("t", "tags/t.html", 2)), List.of(), List.of(), List.of(new TermLink("Paris", null, 1)),
        List.of(new ArticleView.QuoteView("“Yes” & no", null)), 10, 1, new ArticleBody(a), "a.txt");
  }

  private static Map<String, Object> model() {
    Map<String, Object> m = new HashMap<>();
    m.put("article", view("Élan <b>vital</b> ’quoted’", "A summary — with “quotes” & more, long enough to be cut somewhere."));
    m.put("site", new SiteView("News", null, "/", "gen", List.of(new SiteView.Section("Latest", "index.html", "page/"))));
    m.put("pagination", new Pagination(1, 3, null, "page/2.html", List.of(new Pagination.PageLink(1, "index.html", true, false))));
    return m;
  }

  private static final String TEMPLATE = String.join("\n",
      "${article.title} ${article.title()} ${article.summary?truncate(20, '…')} ${article.wordCount + 1}",
      "${article.bodyHtml?no_esc} ${article.bodyHtml} ${article.date!'none'} ${(article.url??)?c} ${article.image???c}",
      "<#list article.authors as x>${x}<#sep>, </#list> ${article.authors?size} ${article.authors?join('|')}",
      "${article.source.name} ${article.source.domain!'-'} ${article.source.path} ${article.source}",
      "<#list article.tagLinks as t>${t.name} ${t.path} ${t.count}</#list><#list article.placeLinks as t>${t.path!'no page'}</#list>",
      "<#list article.quotes as q>${q.text} ${q.speaker!''}</#list> ${(article.dir == 'rtl')?c} ${(article.language != 'en')?c}",
      "${article?is_hash?c} ${article?is_string?c} ${article.tags?has_content?c} ${article.people?has_content?c}",
      "<#list site.sections as s>${s.label} ${s.path} ${s.folder}</#list> ${site.baseUrl!'none'} ${site.title?upper_case}",
      "${pagination.next} ${pagination.total} <#list pagination.pages as p>${p.current?c}${p.gap?c}${p.number}</#list>",
      "${article.hashCode()?is_number?c} ${(article.toString()?length gt 0)?c} ${article.equals(article)?c}",
      "<#list article?keys?sort as k>${k} </#list>");

  private static String render(ObjectWrapper wrapper) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate("t.ftlh", TEMPLATE);
    cfg.setTemplateLoader(loader);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setLocale(Locale.ROOT);
    cfg.setNumberFormat("computer");
    cfg.setObjectWrapper(wrapper);
    Template t = cfg.getTemplate("t.ftlh");
    StringWriter out = new StringWriter();
    t.process(model(), out);
    return out.toString();
  }

  @Test
  void templates_print_the_same_as_with_the_default_wrapper() throws Exception {
    DefaultObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    String expected = render(standard);
    assertEquals(expected, render(new ViewObjectWrapper()));
    assertTrue(expected.contains("Élan &lt;b&gt;vital&lt;/b&gt;"), expected);
  }

  @Test
  void every_component_of_every_view_reads_as_the_default_wrapper_reads_it() throws Exception {
    DefaultObjectWrapper standard = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    ViewObjectWrapper views = new ViewObjectWrapper();
    Map<String, Object> m = model();
    List<Record> records = List.of((ArticleView) m.get("article"), ((ArticleView) m.get("article")).source(),
        ((ArticleView) m.get("article")).quotes().get(0), ((ArticleView) m.get("article")).tagLinks().get(0),
        (SiteView) m.get("site"), ((SiteView) m.get("site")).sections().get(0), (Pagination) m.get("pagination"),
        ((Pagination) m.get("pagination")).pages().get(0));
    for (Record r : records) {
      TemplateModel mine = views.wrap(r);
      assertInstanceOf(ViewObjectWrapper.ViewModel.class, mine, r.getClass().getName());
      assertInstanceOf(GenericObjectModel.class, mine);
      TemplateHashModel theirs = (TemplateHashModel) standard.wrap(r);
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        TemplateModel a = ((TemplateHashModel) mine).get(c.getName());
        TemplateModel b = theirs.get(c.getName());
        String where = r.getClass().getSimpleName() + "." + c.getName();
        assertEquals(b == null, a == null, where);
        if (b == null) continue;
        // A view inside a view is a view model, a kind of the default's model; anything else the same.
        assertEquals(b.getClass(), a instanceof ViewObjectWrapper.ViewModel ? GenericObjectModel.class : a.getClass(), where);
        assertEquals(standard.unwrap(b), views.unwrap(a), where);
      }
    }
  }
}
