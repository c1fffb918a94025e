package gen.read;

import gen.model.Diagnostics;
import gen.model.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the article files below an input folder: recursive, following symlinks but not their
 * loops, skipping hidden files, editor backups and the folders browsers save beside a page
 * ({@code page_files/}). The order is the same on every file system.
 */
public final class Discovery {

  /** Article files in a deterministic order (by relative path, code-point order). */
  public static List<SourceFile> articles(Path root, Diagnostics diagnostics) throws IOException {
    List<SourceFile> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isIgnored(dir.getFileName().toString())) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            // page_files/ beside page.html: its .html files are the page's saved frames, no articles.
            if (!dir.equals(root) && SavedPageFolders.isAssetFolder(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && !isIgnored(name) && Format.of(name).isPresent()) {
              found.add(
                  new SourceFile(
                      file, relative(root, file), attrs.size(), attrs.lastModifiedTime().toInstant()));
            } else if (attrs.isSymbolicLink() && !isIgnored(name) && Format.of(name).isPresent()) {
              // Following links, the walk only sees a link's own attributes when its target is gone.
              diagnostics.warning(relative(root, file), "skipped: broken symbolic link");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String rel = relative(root, file);
            if (e instanceof FileSystemLoopException) {
              diagnostics.warning(rel, "skipped: symbolic link loop");
            } else if (Files.isSymbolicLink(file)) {
              diagnostics.warning(rel, "skipped: broken symbolic link");
            } else {
              diagnostics.error(rel, "skipped: cannot read (" + e.getClass().getSimpleName() + ")");
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(SourceFile::relative));
    return found;
  }

  /** Hidden files, editor backups and swap files are never articles. */
  static boolean isIgnored(String name) {
    return name.startsWith(".")
        || name.endsWith("~")
        || (name.startsWith("#") && name.endsWith("#"))
        || name.endsWith(".swp")
        || name.endsWith(".swo")
        || name.endsWith(".bak")
        || name.endsWith(".orig")
        || name.endsWith(".tmp");
  }

  /** {@code file}'s path below {@code root}, with {@code /} separators, as messages name files. */
  public static String relative(Path root, Path file) {
    // The walk gives root.resolve(...) paths, so the root is a prefix of the path's string: cut it
    // off rather than relativize (two new paths and their strings for every file of every build).
    String r = root.toString();
    String f = file.toString();
    String separator = file.getFileSystem().getSeparator();
    if (!r.isEmpty() && !r.endsWith(separator) && f.length() > r.length() + 1 && f.startsWith(r)
        && f.startsWith(separator, r.length()) && !f.endsWith(separator)) {
      String rest = f.substring(r.length() + separator.length());
      return separator.equals("/") ? rest : rest.replace(separator, "/");
    }
    Path rel = root.relativize(file);
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) sb.append('/');
      sb.append(part);
    }
    return sb.length() == 0 ? file.getFileName().toString() : sb.toString();
  }

  private Discovery() {}
}
