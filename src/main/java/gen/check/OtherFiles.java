package gen.check;

import gen.read.Format;
import gen.read.ImageType;
import gen.read.SavedPageFolders;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Files in the input folder that are not articles (a {@code .docx}, a {@code .pdf}) nor pictures: the
 * build passes over them in silence, so check says so, in case one was meant to be an article.
 */
final class OtherFiles {
  static void check(Path input, String prefix, List<Finding> out) throws IOException {
    Files.walkFileTree(input, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(input)) return FileVisitResult.CONTINUE;
        // A saved page's folder of pictures, styles and frames is the page's, not a stray file.
        return dir.getFileName().toString().startsWith(".") || SavedPageFolders.isAssetFolder(dir)
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString();
        // Pictures are shown by the articles that refer to them (and broken references reported).
        if (attrs.isRegularFile() && !isBackupOrHidden(name) && Format.of(name).isEmpty() && !ImageType.hasImageExtension(name)) {
          out.add(Finding.info(prefix + relative(input, file), "not-an-article",
              "skipped: not an article format" + extension(name) + "; gen reads .txt, .md, .markdown, .html and .htm"));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // reported by the loader already
      }
    });
  }

  private static boolean isBackupOrHidden(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp") || n.endsWith(".swo") || n.endsWith(".bak")
        || n.endsWith(".orig") || n.endsWith(".tmp") || (n.startsWith("#") && n.endsWith("#"));
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? " (" + name.substring(dot) + ")" : "";
  }

  private static String relative(Path root, Path file) {
    StringBuilder sb = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (sb.length() > 0) sb.append('/');
      sb.append(part);
    }
    return sb.toString();
  }

  private OtherFiles() {}
}
