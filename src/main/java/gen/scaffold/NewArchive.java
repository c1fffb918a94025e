package gen.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A new archive folder, ready to build and to publish on GitHub Pages: {@code seeds/} with one
 * example article, {@code templates/} with the default theme to customize, the settings file
 * {@code gen.yaml} (with the title), a {@code .gitignore}, a README, and a Pages workflow that
 * reads the settings. When gen runs from its jar, the jar is copied in too, so the
 * workflow can build with the very same version.
 */
public final class NewArchive {
  static final String TEXT_FOLDER = "/gen/scaffold/";

  /** A folder that exists and holds anything at all is refused: init never mixes into files. */
  public static final class FolderNotEmptyException extends IOException {
    FolderNotEmptyException(String message) {
      super(message);
    }
  }

  private final String title;
  private final LocalDate today;
  private final Optional<Path> genJar;

  /**
   * @param genJar the jar gen runs from, copied into the archive when present
   */
  public NewArchive(String title, LocalDate today, Optional<Path> genJar) {
    this.title = title;
    this.today = today;
    this.genJar = genJar.filter(Files::isRegularFile);
  }

  /** Creates the archive and returns the files written, relative to {@code dir}, in order. */
  public List<String> createIn(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new FolderNotEmptyException(dir + ": exists and is not a folder");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new FolderNotEmptyException(dir + ": folder is not empty; gen init starts a new archive in an empty or new folder");
        }
      }
    }
    Files.createDirectories(dir);
    List<String> written = new ArrayList<>();
    NewArticle example = new NewArticle("Welcome to your news archive", today, "", "", List.of("gen"));
    write(dir, "seeds/" + example.fileName(), fill(text("example-article.md")), written);
    for (Map.Entry<String, byte[]> f : EmbeddedTheme.files().entrySet()) {
      write(dir, "templates/" + f.getKey(), f.getValue(), written);
    }
    write(dir, "gen.yaml", fill(text("gen.yaml")), written);
    write(dir, ".gitignore", fill(text("gitignore.txt")), written);
    write(dir, "README.md", fill(text("README.md")), written);
    write(dir, ".github/workflows/pages.yml", fill(text("pages.yml")), written);
    if (genJar.isPresent()) {
      write(dir, "gen.jar", Files.readAllBytes(genJar.get()), written);
    }
    return written;
  }

  private String fill(String template) {
    return template
        .replace("{{title}}", title)
        .replace("{{title_yaml}}", YamlText.quoted(title))
        .replace("{{date}}", today.toString())
        .replace("{{jar_note}}", genJar.isPresent()
            ? "`gen.jar` is in this folder: commit it, and the workflow builds with it."
            : "Copy `gen.jar` into this folder and commit it, or set the repository variable `GEN_JAR_URL` (see below).");
  }

  private static String text(String name) throws IOException {
    try (InputStream in = NewArchive.class.getResourceAsStream(TEXT_FOLDER + name)) {
      if (in == null) throw new IOException("missing from this copy of gen: " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(Path dir, String rel, String text, List<String> written) throws IOException {
    write(dir, rel, text.getBytes(StandardCharsets.UTF_8), written);
  }

  private static void write(Path dir, String rel, byte[] bytes, List<String> written) throws IOException {
    Path target = dir.resolve(rel);
    Files.createDirectories(target.getParent());
    try {
      Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new FolderNotEmptyException(target + ": already exists");
    }
    written.add(rel);
  }
}
