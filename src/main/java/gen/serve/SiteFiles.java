package gen.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a request path to a file inside the site folder, and to nothing else: percent-decoded
 * segments, no {@code ..}, no encoded slashes or backslashes, and the file's real path (symbolic
 * links resolved) must still lie inside the site's real path.
 */
final class SiteFiles {
  /**
   * gen's own files that may be in the site folder and are no part of the site: a build's staging
   * folder, and what earlier versions kept there.
   */
  private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of(".gen-staging", ".gen-cache", ".gen-manifest");

  private final Path root;

  SiteFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  /** What a request path resolves to. */
  sealed interface Lookup permits Found, Redirect, Missing, Rejected {}

  /** A regular file inside the site. */
  record Found(Path file) implements Lookup {}

  /** A folder asked for without its trailing slash: send the browser to {@code location}. */
  record Redirect(String location) implements Lookup {}

  /** Nothing there. */
  record Missing() implements Lookup {}

  /** A path that tries to leave the site or cannot be decoded. */
  record Rejected(String reason) implements Lookup {}

  /**
   * @param rawPath the request path below the base path, still percent-encoded, starting with
   *     {@code /}
   * @param publicPrefix what to put before {@code rawPath} in a redirect (the base path)
   */
  Lookup lookup(String rawPath, String publicPrefix) {
    Optional<List<String>> segments = segments(rawPath);
    if (segments.isEmpty()) return new Rejected("bad path");
    if (!segments.get().isEmpty() && BOOKKEEPING.contains(segments.get().get(0))) return new Missing();
    Path target = root;
    for (String s : segments.get()) target = target.resolve(s);
    target = target.normalize();
    if (!target.startsWith(root)) return new Rejected("outside the site");
    if (!Files.exists(target)) return new Missing();
    Path real;
    Path realRoot;
    try {
      real = target.toRealPath();
      realRoot = root.toRealPath();
    } catch (IOException e) {
      return new Missing();
    }
    if (!real.startsWith(realRoot)) return new Rejected("link to outside the site");
    if (Files.isDirectory(real)) {
      if (!rawPath.endsWith("/")) return new Redirect(publicPrefix + rawPath + "/");
      Path index = real.resolve("index.html");
      return Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS) ? new Found(index) : new Missing();
    }
    return Files.isRegularFile(real) ? new Found(real) : new Missing();
  }

  /**
   * The decoded path segments, or empty for a path that must not be served: one with {@code .} or
   * {@code ..} segments, an encoded {@code /} or {@code \}, a backslash, a NUL, or bad encoding.
   */
  static Optional<List<String>> segments(String rawPath) {
    if (!rawPath.startsWith("/")) return Optional.empty();
    List<String> out = new ArrayList<>();
    for (String raw : rawPath.substring(1).split("/", -1)) {
      if (raw.isEmpty()) continue;
      Optional<String> seg = decode(raw);
      if (seg.isEmpty()) return Optional.empty();
      String s = seg.get();
      if (s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
          || s.indexOf('\0') >= 0 || s.indexOf(':') >= 0) {
        return Optional.empty();
      }
      out.add(s);
    }
    return Optional.of(out);
  }

  /** Percent-decoding as UTF-8; {@code +} stays a plus (this is a path, not a form). */
  static Optional<String> decode(String raw) {
    if (raw.indexOf('%') < 0) return Optional.of(raw);
    byte[] bytes = new byte[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) return Optional.empty();
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return Optional.empty();
        bytes[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        return Optional.empty();
      }
    }
    var decoder = StandardCharsets.UTF_8.newDecoder();
    try {
      return Optional.of(decoder.decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
