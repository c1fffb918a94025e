package gen.read;

import gen.model.Diagnostics;
import gen.model.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds the article files below an input folder: recursive, skipping hidden files, editor backups
 * and the folders browsers save beside a page ({@code page_files/}). The order is the same on every
 * file system.
 *
 * <p>A symbolic link is followed only when it leads to a file or folder inside the input folder
 * (its real path, every link resolved): a link out of it would publish whatever it names ({@code
 * /etc/passwd}), so it is reported and left out. A link to a folder that holds the link is a loop,
 * reported and not followed. Named pipes, sockets and devices are reported and left out: reading
 * one would block the build or never end.
 */
public final class Discovery {

  /** Article files in a deterministic order (by relative path, code-point order). */
  public static List<SourceFile> articles(Path root, Diagnostics diagnostics) throws IOException {
    List<SourceFile> found = new ArrayList<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root.toAbsolutePath().normalize(); // the walk reports the missing folder
    }
    // Links are followed by hand (see Walk#link), never by the walk, which would follow them out.
    // The input folder itself may be a link (seeds -> /data/seeds): its files keep its name.
    boolean linked = Files.isSymbolicLink(root);
    Path from = linked ? realRoot : root;
    Files.walkFileTree(from, new Walk(root, realRoot, found, diagnostics, new ArrayDeque<>(), from, root));
    found.sort(Comparator.comparing(SourceFile::relative));
    return found;
  }

  /**
   * One walk of a folder without following links: the input folder itself, or a folder inside it
   * reached through a link. Files are named by the path a reader sees, through the links taken
   * ({@code shownAs}), and read by that path, which stays below the input folder.
   */
  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path realRoot;
    private final List<SourceFile> found;
    private final Diagnostics diagnostics;
    /** The real paths of the folders the walk is in, across links: a link to one of them is a loop. */
    private final Deque<Path> realParents;
    /** Where this walk starts on disk, and the path below the input folder it is shown under. */
    private final Path from;
    private final Path shownAs;
    /** Whether this walk is of a folder reached through a link, whose files are shown under it. */
    private final boolean throughLink;

    Walk(Path root, Path realRoot, List<SourceFile> found, Diagnostics diagnostics, Deque<Path> realParents,
        Path from, Path shownAs) {
      this.root = root;
      this.realRoot = realRoot;
      this.found = found;
      this.diagnostics = diagnostics;
      this.realParents = realParents;
      this.from = from;
      this.shownAs = shownAs;
      this.throughLink = !from.equals(shownAs);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!dir.equals(from)) {
        if (isIgnored(dir.getFileName().toString())) return FileVisitResult.SKIP_SUBTREE;
        // page_files/ beside page.html: its .html files are the page's saved frames, no articles.
        if (SavedPageFolders.isAssetFolder(dir)) return FileVisitResult.SKIP_SUBTREE;
      }
      realParents.push(realOf(dir));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      realParents.pop();
      if (e != null) diagnostics.error(relative(root, shown(dir)), "skipped: cannot read (" + e.getClass().getSimpleName() + ")");
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = file.getFileName().toString();
      if (isIgnored(name)) return FileVisitResult.CONTINUE;
      if (attrs.isRegularFile()) {
        if (Format.of(name).isPresent()) add(shown(file), attrs);
      } else if (attrs.isSymbolicLink()) {
        link(file, name);
      } else if (attrs.isOther()) {
        diagnostics.warning(relative(root, shown(file)), "skipped: not a regular file (a named pipe, socket or device)");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      diagnostics.error(relative(root, shown(file)), "skipped: cannot read (" + e.getClass().getSimpleName() + ")");
      return FileVisitResult.CONTINUE;
    }

    /** Follows a link that stays inside the input folder; reports one that does not. */
    private void link(Path link, String name) {
      Path shown = shown(link);
      String rel = relative(root, shown);
      boolean article = Format.of(name).isPresent();
      Path target;
      BasicFileAttributes attrs;
      try {
        target = link.toRealPath();
        attrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        if (article) diagnostics.warning(rel, "skipped: broken symbolic link");
        return;
      } catch (FileSystemException e) {
        // ELOOP: links that lead to each other, never to a file.
        boolean loop = e.getReason() != null && e.getReason().contains("symbolic links");
        diagnostics.warning(rel, loop ? "skipped: symbolic link loop" : "skipped: cannot read (" + e.getClass().getSimpleName() + ")");
        return;
      } catch (IOException e) {
        diagnostics.warning(rel, "skipped: cannot read (" + e.getClass().getSimpleName() + ")");
        return;
      }
      if (!target.startsWith(realRoot)) {
        if (attrs.isDirectory()) {
          diagnostics.warning(rel, "skipped: symbolic link to a folder outside the input folder");
        } else if (article) {
          diagnostics.warning(rel, "skipped: symbolic link to a file outside the input folder");
        }
        return;
      }
      if (attrs.isRegularFile()) {
        if (article) add(shown, attrs);
      } else if (attrs.isDirectory()) {
        if (SavedPageFolders.isAssetFolder(link)) return;
        if (realParents.contains(target)) {
          diagnostics.warning(rel, "skipped: symbolic link loop");
          return;
        }
        try {
          Files.walkFileTree(target, new Walk(root, realRoot, found, diagnostics, realParents, target, shown));
        } catch (IOException e) {
          diagnostics.error(rel, "skipped: cannot read (" + e.getClass().getSimpleName() + ")");
        }
      } else if (article) {
        diagnostics.warning(rel, "skipped: not a regular file (a named pipe, socket or device)");
      }
    }

    private void add(Path shown, BasicFileAttributes attrs) {
      found.add(new SourceFile(shown, relative(root, shown), attrs.size(), attrs.lastModifiedTime().toInstant()));
    }

    /** The path below the input folder a file of this walk is named by. */
    private Path shown(Path p) {
      return throughLink ? shownAs.resolve(from.relativize(p)) : p;
    }

    /** A folder's real path: no link lies on a walk's way, so it is its place below the walk's real start. */
    private Path realOf(Path dir) {
      if (throughLink) return dir; // a followed link's walk starts at a real path
      return dir.equals(root) ? realRoot : realRoot.resolve(root.relativize(dir));
    }
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
