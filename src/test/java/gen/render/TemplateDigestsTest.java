package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateDigestsTest {
  @TempDir Path dir;

  private String digest(String template) {
    return new TemplateDigests("code-1", Optional.of(dir)).of(template);
  }

  private void write(String name, String source) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
  }

  @Test
  void a_template_changes_with_what_it_includes_or_imports_however_deep_and_with_nothing_else() throws Exception {
    write("page.ftlh", "<#import \"lib/parts.ftlh\" as p><@p.head/>");
    write("lib/parts.ftlh", "[#include '../footer.ftlh'] <#macro head>h</#macro>");
    write("footer.ftlh", "footer");
    write("other.ftlh", "other");
    String page = digest("page.ftlh");
    String other = digest("other.ftlh");

    write("other.ftlh", "other, edited");
    assertEquals(page, digest("page.ftlh"), "a template the page does not use");
    assertNotEquals(other, digest("other.ftlh"));

    write("footer.ftlh", "footer, edited");
    assertNotEquals(page, digest("page.ftlh"), "included by what the page imports");
    page = digest("page.ftlh");
    write("lib/parts.ftlh", "[#include '../footer.ftlh'] <#macro head>H</#macro>");
    assertNotEquals(page, digest("page.ftlh"), "imported by the page");
  }

  @Test
  void a_template_that_names_another_by_an_expression_changes_with_every_template() throws Exception {
    write("page.ftlh", "<#include name>");
    write("dynamic.ftlh", "<#include \"${which}.ftlh\">");
    write("optional.ftlh", "<#assign t = .get_optional_template('x.ftlh')>");
    write("other.ftlh", "other");
    String page = digest("page.ftlh");
    String dynamic = digest("dynamic.ftlh");
    String optional = digest("optional.ftlh");
    write("other.ftlh", "other, edited");
    assertNotEquals(page, digest("page.ftlh"));
    assertNotEquals(dynamic, digest("dynamic.ftlh"));
    assertNotEquals(optional, digest("optional.ftlh"));
  }

  @Test
  void the_embedded_theme_is_the_code_s_and_a_user_copy_replaces_a_template_for_those_that_use_it() throws Exception {
    TemplateDigests embedded = new TemplateDigests("code-1", Optional.empty());
    assertNotEquals(embedded.of("article.ftlh"), embedded.of("feed.ftlx"));
    assertNotEquals(embedded.of("article.ftlh"), new TemplateDigests("code-2", Optional.empty()).of("article.ftlh"),
        "a new gen, a new embedded theme");

    String layout = new String(Theme.class.getResourceAsStream(Theme.EMBEDDED_ROOT + "/layout.ftlh").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    write("layout.ftlh", layout.replace("</body>", "<!-- mine --></body>"));
    TemplateDigests mine = new TemplateDigests("code-1", Optional.of(dir));
    assertNotEquals(embedded.of("article.ftlh"), mine.of("article.ftlh"), "the article page imports the layout");
    assertEquals(embedded.of("feed.ftlx"), mine.of("feed.ftlx"), "the feed does not");
  }

  @Test
  void names_resolve_as_freemarker_resolves_them() {
    assertEquals(Optional.of("lib/b.ftlh"), TemplateDigests.resolve("lib/a.ftlh", "b.ftlh"));
    assertEquals(Optional.of("b.ftlh"), TemplateDigests.resolve("lib/a.ftlh", "/b.ftlh"));
    assertEquals(Optional.of("b.ftlh"), TemplateDigests.resolve("lib/a.ftlh", "../b.ftlh"));
    assertEquals(Optional.of("x/b.ftlh"), TemplateDigests.resolve("a.ftlh", "./x/b.ftlh"));
    assertEquals(Optional.empty(), TemplateDigests.resolve("a.ftlh", "../b.ftlh"), "outside the theme");
    assertEquals(Optional.empty(), TemplateDigests.resolve("lib/a.ftlh", "*/b.ftlh"), "acquisition");
  }
}
