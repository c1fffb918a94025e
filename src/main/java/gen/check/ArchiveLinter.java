package gen.check;

import gen.assemble.ArchiveAssembler;
import gen.model.Archive;
import gen.model.Article;
import gen.model.Diagnostic;
import gen.model.Diagnostics;
import gen.read.ArticleReader;
import gen.read.Format;
import gen.read.LocalMedia;
import gen.read.UnreadableFileException;
import gen.render.RenderException;
import gen.render.SiteOptions;
import gen.render.SiteRenderer;
import gen.render.Templates;
import gen.render.Theme;
import gen.site.ArchiveLoader;
import gen.site.BuildListener;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints an archive without writing a site: reads and extracts every article as a build would,
 * renders the site in memory to learn its pages (and to try the templates), then applies the
 * rules: unreadable files, missing and guessed metadata, future dates, slug collisions, exact and
 * near duplicates, names gen is unsure of, broken internal links.
 */
public final class ArchiveLinter {
  private final ArchiveLoader loader = new ArchiveLoader();

  /**
   * @param templates a theme folder laid over the built-in theme; ignored when absent
   * @param today the day "future" is measured from
   */
  public CheckReport check(Path input, Path templates, int threads, LocalDate today) throws IOException {
    if (!Files.isDirectory(input)) throw new NoSuchFileException(input + ": input folder not found");
    Diagnostics diagnostics = new Diagnostics();
    AtomicInteger files = new AtomicInteger();
    BuildListener counter = new BuildListener() {
      @Override
      public void discovered(int count) {
        files.set(count);
      }
    };
    List<Article> articles = new ArrayList<>(loader.load(input, threads, diagnostics, counter));
    articles.sort(Comparator.comparing(a -> a.file().relative()));
    // Findings name files as the user typed the input folder, so they can be opened as shown.
    String prefix = displayPrefix(input);
    List<Finding> findings = new ArrayList<>();
    for (Diagnostic d : diagnostics.all()) {
      findings.add(d.severity() == Diagnostic.Severity.ERROR
          ? Finding.error(prefix + d.file(), "unreadable", d.message())
          : Finding.warning(prefix + d.file(), "unreadable", d.message()));
    }
    OtherFiles.check(input, prefix, findings);
    for (Article a : articles) MetadataRules.check(a, prefix, today, findings);
    SlugCollisions.check(articles, prefix, findings);
    Duplicates.check(articles, prefix, findings);

    // Render with drafts included, so every article has its page and its final slug.
    Archive archive = ArchiveAssembler.assemble(articles, true);
    new NameRules(prefix, ArchiveLinter::frontMatterOf).check(archive, findings);
    Theme theme = new Theme(Optional.of(templates));
    Set<String> sitePaths = new HashSet<>();
    try {
      new SiteRenderer(new Templates(theme), new SiteOptions("check", Optional.empty(), SiteOptions.DEFAULT_PAGE_SIZE))
          .render(archive, (path, content) -> sitePaths.add(path));
    } catch (RenderException e) {
      findings.add(Finding.error(templateFile(templates, e.getMessage()), "template", e.getMessage()));
    }
    sitePaths.addAll(theme.assets().keySet());
    Map<String, String> pageByFile = new HashMap<>();
    for (Article a : archive.articles()) pageByFile.put(a.file().relative(), gen.render.ArticleView.of(a).path());
    // Without a rendered site (a template error) every link would look broken: skip them then.
    if (!sitePaths.isEmpty() && sitePaths.stream().anyMatch(p -> p.endsWith(".html"))) {
      LocalMedia media = LocalMedia.under(input);
      for (Article a : archive.articles()) {
        BodyLinks.check(a, prefix, linkedHtml(a), pageByFile.get(a.file().relative()), sitePaths, media, findings);
      }
    }
    return new CheckReport(files.get(), articles.size(), findings);
  }

  /**
   * The body whose links to check. Markdown and text are the archive's own writing: their links
   * are taken as written (a relative link the sanitizer would drop is still the author's intent).
   * A saved web page's relative links point into the site it came from; its sanitized body has
   * them resolved against its URL.
   */
  private static String linkedHtml(Article a) {
    Optional<Format> format = Format.of(a.file().fileName());
    if (format.isEmpty() || format.get() == Format.HTML) return a.bodyHtml();
    try {
      return ArticleReader.readFile(a.file()).document().body().html();
    } catch (UnreadableFileException e) {
      return a.bodyHtml();
    }
  }

  /** An article's front matter, read again; none when the file can no longer be read. */
  private static gen.read.FrontMatter frontMatterOf(Article a) {
    try {
      return ArticleReader.readFile(a.file()).frontMatter();
    } catch (UnreadableFileException e) {
      return gen.read.FrontMatter.NONE;
    }
  }

  /** {@code article.ftlh:12: ...} names the template; else the finding is about the theme as a whole. */
  private static String templateFile(Path templates, String message) {
    int colon = message.indexOf(':');
    String dir = displayPrefix(templates);
    return colon > 0 ? dir + message.substring(0, colon) : dir.isEmpty() ? "templates" : dir.substring(0, dir.length() - 1);
  }

  /** The folder as the user typed it, with a trailing {@code /}: findings then name files as a shell would. */
  private static String displayPrefix(Path dir) {
    String s = dir.toString().replace('\\', '/');
    if (s.isEmpty() || s.equals(".")) return "";
    return s.endsWith("/") ? s : s + "/";
  }
}
