package gen.scaffold;

import gen.text.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

/**
 * A new Markdown article with its front matter filled in, named {@code <yyyy-mm-dd>-<slug>.md} so
 * that a folder of them lists in date order.
 */
public record NewArticle(String title, LocalDate date, String source, String url, List<String> tags) {
  /** The body of a new article until its author writes one: {@code gen check} warns of it while it is there. */
  public static final String PLACEHOLDER = "Write the article here, in Markdown. Paragraphs are separated by a blank line.";

  public NewArticle {
    if (title.isBlank()) throw new IllegalArgumentException("the headline is empty");
    tags = List.copyOf(tags);
  }

  public String fileName() {
    return date + "-" + Slugs.slugify(title) + ".md";
  }

  /** The file's text: YAML front matter and a placeholder body. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("---\n");
    sb.append("title: ").append(YamlText.quoted(title.strip())).append('\n');
    sb.append("date: ").append(date).append('\n');
    sb.append("authors: []\n");
    sb.append("source: ").append(YamlText.quoted(source)).append('\n');
    sb.append("url: ").append(YamlText.quoted(url)).append('\n');
    sb.append("tags: ").append(YamlText.list(tags)).append('\n');
    sb.append("---\n\n");
    sb.append(PLACEHOLDER).append('\n');
    return sb.toString();
  }

  /**
   * Writes the article into {@code folder} (created if needed) and returns its path.
   *
   * @throws FileAlreadyExistsException if a file of that name exists: it is never overwritten
   */
  public Path writeInto(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(fileName());
    // CREATE_NEW: the check and the write are one step, so a file that appears meanwhile is safe too.
    Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return file;
  }
}
