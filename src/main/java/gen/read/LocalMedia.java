package gen.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the picture a relative URL in an article body names: a saved page's {@code
 * page_files/photo.jpg}, a Markdown article's {@code img/photo.png}. Only a regular file inside
 * the input folder is ever found: no absolute path, no {@code ..} or symbolic link leading out, no
 * hidden file, nothing larger than {@link Limits#MAX_FILE_BYTES}, nothing whose name or bytes are
 * no picture's. Thread-safe.
 */
public final class LocalMedia {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** What a URL in a body turned out to be. */
  public sealed interface Lookup permits Found, Refused, NotLocal {}

  /**
   * A picture that may be shown.
   *
   * @param file its real path (links resolved), inside the input folder
   */
  public record Found(Path file, ImageType type, long size, java.time.Instant modified) implements Lookup {}

  /** A local picture that cannot be shown, and why, in words for a warning. */
  public record Refused(String reason) implements Lookup {}

  /** Not a local picture: a web address, a {@code data:} URL, a link to a page, an anchor. */
  public record NotLocal() implements Lookup {}

  private final Path root;
  private final Path realRoot;

  private LocalMedia(Path root, Path realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }

  /** Looks up pictures below {@code input}, the folder articles were discovered in. */
  public static LocalMedia under(Path input) throws IOException {
    return new LocalMedia(input.toAbsolutePath().normalize(), input.toRealPath());
  }

  /** Resolves {@code url}, as written in the body of {@code article}, against the article's folder. */
  public Lookup find(Path article, String url) {
    String ref = url.strip();
    int cut = indexOfAny(ref, '#', '?');
    if (cut >= 0) ref = ref.substring(0, cut);
    if (ref.isEmpty() || SCHEME.matcher(ref).find()) return new NotLocal();
    Optional<String> decoded = percentDecode(ref);
    if (decoded.isEmpty()) return ImageType.hasImageExtension(ref) ? new Refused("not a valid address") : new NotLocal();
    String path = decoded.get();
    if (!ImageType.hasImageExtension(path)) return new NotLocal();
    if (path.startsWith("/") || path.startsWith("\\") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      return new Refused("absolute or Windows paths are not followed");
    }
    Path target;
    try {
      target = article.toAbsolutePath().normalize().resolveSibling(path).normalize();
    } catch (InvalidPathException e) {
      return new Refused("not a valid file name");
    }
    if (!target.startsWith(root)) return new Refused("outside the input folder");
    for (Path part : root.relativize(target)) {
      if (part.toString().startsWith(".")) return new Refused("hidden files are not published");
    }
    if (!Files.exists(target)) return new Refused("not found");
    Path real;
    try {
      real = target.toRealPath();
    } catch (IOException e) {
      return new Refused("cannot be read");
    }
    if (!real.startsWith(realRoot)) return new Refused("a symbolic link leads outside the input folder");
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return new Refused("not a file");
    try {
      var attributes = Files.readAttributes(real, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      long size = attributes.size();
      if (size > Limits.MAX_FILE_BYTES) {
        return new Refused("larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      Optional<ImageType> type = ImageType.sniff(head(real));
      if (type.isEmpty()) return new Refused("not a picture (by its content)");
      return new Found(real, type.get(), size, attributes.lastModifiedTime().toInstant());
    } catch (IOException e) {
      return new Refused("cannot be read");
    }
  }

  /**
   * As {@link #find(Path, String)}, for a body whose relative links were made absolute against the
   * page's own address ({@code pageUrl}), as a saved page's are: {@code
   * https://example.com/news/page_files/a.jpg} is looked up as {@code page_files/a.jpg} beside
   * the page. Such an address counts as local only when it leads to a picture, or into a folder
   * beside the page that exists (a saved page's missing picture); otherwise it is a picture on the
   * web and left alone.
   */
  public Lookup find(Path article, String url, Optional<String> pageUrl) {
    Lookup direct = find(article, url);
    if (!(direct instanceof NotLocal) || pageUrl.isEmpty()) return direct;
    Optional<String> relative = relativeTo(pageUrl.get(), url);
    if (relative.isEmpty()) return direct;
    Lookup local = find(article, relative.get());
    if (local instanceof Found) return local;
    Optional<Path> folder = percentDecode(relative.get()).flatMap(p -> {
      try {
        return Optional.ofNullable(article.toAbsolutePath().normalize().resolveSibling(p).normalize().getParent());
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    });
    boolean intoSavedFolder = folder.isPresent() && folder.get().startsWith(root)
        && !folder.get().equals(article.toAbsolutePath().normalize().getParent()) && Files.isDirectory(folder.get());
    return intoSavedFolder && local instanceof Refused ? local : new NotLocal();
  }

  /** {@code url} as a path relative to the folder of {@code page}, when both are on one site. */
  public static Optional<String> relativeTo(String page, String url) {
    java.net.URI p;
    java.net.URI u;
    try {
      p = new java.net.URI(page.strip());
      u = new java.net.URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    if (p.getScheme() == null || u.getScheme() == null || !p.getScheme().equalsIgnoreCase(u.getScheme())
        || p.getRawAuthority() == null || !p.getRawAuthority().equalsIgnoreCase(String.valueOf(u.getRawAuthority()))
        || u.getRawPath() == null || !u.getRawPath().startsWith("/")) {
      return Optional.empty();
    }
    String pagePath = p.getRawPath() == null || p.getRawPath().isEmpty() ? "/" : p.getRawPath();
    String[] from = pagePath.substring(1, pagePath.lastIndexOf('/') + 1).split("/", -1);
    String[] to = u.getRawPath().substring(1).split("/", -1);
    int folders = from.length - 1; // the last element is the empty name after the final '/'
    int common = 0;
    while (common < folders && common < to.length - 1 && from[common].equals(to[common])) common++;
    StringBuilder rel = new StringBuilder();
    for (int i = common; i < folders; i++) rel.append("../");
    for (int i = common; i < to.length; i++) rel.append(to[i]).append(i + 1 < to.length ? "/" : "");
    return Optional.of(rel.toString());
  }

  /** The bytes of a found picture; its link is not followed again, should it have changed since. */
  public static byte[] read(Found found) throws IOException {
    try (InputStream in = Files.newInputStream(found.file(), LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) Math.min(Limits.MAX_FILE_BYTES + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > Limits.MAX_FILE_BYTES) throw new IOException(found.file() + ": grew past the size limit");
      return bytes;
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(ImageType.HEAD_BYTES);
    }
  }

  /** %XX escapes as UTF-8 bytes; '+' stays '+', as in any URL path. Empty when malformed. */
  static Optional<String> percentDecode(String s) {
    if (s.indexOf('%') < 0) return Optional.of(s);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != '%') {
        bytes.write(raw[i]);
        continue;
      }
      if (i + 2 >= raw.length) return Optional.empty();
      int hi = Character.digit(raw[i + 1], 16);
      int lo = Character.digit(raw[i + 2], 16);
      if (hi < 0 || lo < 0) return Optional.empty();
      bytes.write(hi * 16 + lo);
      i += 2;
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    if (j < 0) return i;
    return Math.min(i, j);
  }
}
