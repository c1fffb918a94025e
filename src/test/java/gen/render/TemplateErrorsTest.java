package gen.render;

import static gen.model.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template error is one line that names the template at fault, the place, the expression and the name meant. */
class TemplateErrorsTest {
  @TempDir Path theme;

  /** The default theme's template with one line replaced, in the user's theme folder. */
  private void edit(String template, String from, String to) throws Exception {
    String text = new String(Templates.class.getResourceAsStream(Theme.EMBEDDED_ROOT + "/" + template).readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    if (!text.contains(from)) throw new AssertionError(template + " has no " + from);
    Files.writeString(theme.resolve(template), text.replace(from, to));
  }

  private String failure() {
    Archive archive = ArchiveAssembler.assemble(List.of(article("one").day(2024, 5, 3).tags("water").build()), false);
    RenderException e = assertThrows(RenderException.class, () ->
        new SiteRenderer(new Templates(new Theme(Optional.of(theme))), new SiteOptions("Test", Optional.empty(), 20))
            .render(archive, (path, page) -> {}));
    return e.getMessage();
  }

  @Test
  void a_missing_name_is_named_with_its_place_and_the_name_meant() throws Exception {
    edit("article.ftlh", "<h1>${article.title}</h1>", "<h1>${article.titel}</h1>");
    assertEquals("article.ftlh:19:7: 'article.titel' is missing (did you mean 'title'?)", failure());
  }

  @Test
  void an_error_in_the_layout_is_the_layouts() throws Exception {
    edit("layout.ftlh", "<title>${title} · ${site.title}</title>", "<title>${title} · ${site.titel}</title>");
    String message = failure();
    assertEquals("layout.ftlh:25:21: 'site.titel' is missing (did you mean 'title'?)", message);
  }

  @Test
  void a_layout_that_does_not_parse_is_named_not_the_page_that_imports_it() throws Exception {
    edit("layout.ftlh", "<#if canonical>", "<#if canonical");
    String message = failure();
    assertEquals(true, message.startsWith("layout.ftlh:31:"), message);
    assertEquals(false, message.contains("importing"), message);
    assertEquals(false, message.endsWith(":"), message);
  }

  @Test
  void a_loop_variable_gets_a_hint_from_the_views() throws Exception {
    edit("components.ftlh", "${a.title}</a></h${level}>", "${a.titel}</a></h${level}>");
    String message = failure();
    assertEquals(true, message.matches("components\\.ftlh:\\d+:\\d+: 'a\\.titel' is missing \\(did you mean 'title'\\?\\)"), message);
  }

  @Test
  void a_name_far_from_any_gets_no_hint() throws Exception {
    edit("article.ftlh", "<h1>${article.title}</h1>", "<h1>${article.zzzqqq}</h1>");
    assertEquals("article.ftlh:19:7: 'article.zzzqqq' is missing", failure());
  }

  @Test
  void other_errors_name_the_expression_and_freemarkers_reason() throws Exception {
    edit("article.ftlh", "<h1>${article.title}</h1>", "<h1>${article.tagLinks}</h1>");
    String message = failure();
    assertEquals(true, message.startsWith("article.ftlh:19:7: 'article.tagLinks': "), message);
    assertEquals(false, message.endsWith(":"), message);
  }
}
