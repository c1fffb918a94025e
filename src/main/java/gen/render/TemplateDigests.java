package gen.render;

import gen.text.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each template of a build's theme is made of, as a digest for page keys: the code (which
 * holds the embedded theme and how templates are run), the template's source and the source of
 * every template it includes or imports, however deep. A page's key then changes with the
 * templates that make it and no others: editing the feed's template re-renders the feed, not the
 * article pages. A template that names another by anything but a plain string ({@code <#include
 * name>}, {@code .get_optional_template}) could use any of them, so its digest covers every
 * template of the user's folder, as all digests did before. Thread-safe.
 */
public final class TemplateDigests {
  /** An {@code <#include ...>} or {@code <#import ...>} directive (either tag syntax) and what follows its name. */
  private static final Pattern DIRECTIVE = Pattern.compile("[<\\[]#(?:include|import)\\s+([^\\s>\\]]+)");
  /** A plain string: {@code "name"}, {@code 'name'} or raw {@code r"name"}, without interpolation. */
  private static final Pattern LITERAL = Pattern.compile("r?(\"([^\"$]*)\"|'([^'$]*)')");

  private final String codeVersion;
  private final Optional<Path> userDir;
  private final Map<String, String> digests = new ConcurrentHashMap<>();
  /** Made when a template names another by an expression: every user template, read once. */
  private volatile String everything;

  /**
   * @param codeVersion identifies gen's code, and with it the embedded theme
   * @param userDir the user's templates folder, whose files replace the embedded ones of the same name
   */
  public TemplateDigests(String codeVersion, Optional<Path> userDir) {
    this.codeVersion = codeVersion;
    this.userDir = userDir;
  }

  public TemplateDigests(String codeVersion, Theme theme) {
    this(codeVersion, theme.userDir());
  }

  /** The digest of template {@code name} (a theme path such as {@code article.ftlh}) with all it uses. */
  public String of(String name) {
    return digests.computeIfAbsent(name, this::closureOf);
  }

  private String closureOf(String name) {
    Map<String, byte[]> sources = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(name);
    while (!todo.isEmpty()) {
      String next = todo.poll();
      if (sources.containsKey(next)) continue;
      byte[] source = source(next);
      sources.put(next, source);
      if (source == null) continue;
      String text = new String(source, java.nio.charset.StandardCharsets.UTF_8);
      if (text.contains("get_optional_template")) return everything();
      Matcher m = DIRECTIVE.matcher(text);
      while (m.find()) {
        Optional<String> used = literal(m.group(1)).flatMap(n -> resolve(next, n));
        if (used.isEmpty()) return everything();
        todo.add(used.get());
      }
    }
    Fingerprint f = new Fingerprint().add("template/1").add(codeVersion);
    sources.forEach((n, source) -> {
      f.add(n);
      if (source == null) f.add(-1);
      else f.add(source);
    });
    return f.hex();
  }

  /** The name in a directive's first argument when it is a plain string, else empty. */
  private static Optional<String> literal(String argument) {
    Matcher m = LITERAL.matcher(argument);
    if (!m.matches()) return Optional.empty();
    return Optional.of(m.group(2) != null ? m.group(2) : m.group(3));
  }

  /**
   * A name as Freemarker resolves it from template {@code from}: relative to that template's
   * folder, or to the theme's root when it starts with {@code /}. Empty for a name that leaves the
   * root or asks for acquisition ({@code *}), whose template cannot be told here.
   */
  static Optional<String> resolve(String from, String name) {
    if (name.isEmpty() || name.contains("*") || name.contains("\\") || name.contains(":")) return Optional.empty();
    String base = name.startsWith("/") ? "" : from.substring(0, from.lastIndexOf('/') + 1);
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (base + name).split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) {
        if (parts.isEmpty()) return Optional.empty();
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }

  /** The source the templates' loader finds for a name: the user's file, else the embedded one; null if none. */
  private byte[] source(String name) {
    try {
      if (userDir.isPresent()) {
        Path file = userDir.get().resolve(name).normalize();
        if (file.startsWith(userDir.get()) && Files.isRegularFile(file)) return Files.readAllBytes(file);
      }
      try (InputStream in = Theme.class.getResourceAsStream(Theme.EMBEDDED_ROOT + "/" + name)) {
        return in == null ? null : in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every template gen's code holds and every file of the user's folder: what any template could use. */
  private String everything() {
    String e = everything;
    if (e != null) return e;
    Fingerprint f = new Fingerprint().add("templates/all/1").add(codeVersion);
    if (userDir.isPresent()) {
      try (Stream<Path> s = Files.walk(userDir.get())) {
        for (Path file : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
          f.add(userDir.get().relativize(file).toString());
          f.add(new Fingerprint().add(Files.readAllBytes(file)).bytes());
        }
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    e = f.hex();
    everything = e;
    return e;
  }
}
