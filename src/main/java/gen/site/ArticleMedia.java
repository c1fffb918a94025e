package gen.site;

import gen.model.Article;
import gen.model.Diagnostics;
import gen.read.ImageType;
import gen.read.LocalMedia;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Shows the pictures an article body takes from files beside it (a saved page's {@code
 * page_files/}, a Markdown article's {@code img/}): each is copied to {@code media/<hash>.<ext>},
 * named by its content so that a picture shared by several articles is copied once and a changed
 * one gets a new address, and the body's {@code <img src>}, {@code srcset} and links to it are
 * rewritten to point there. An SVG is inlined as a {@code data:} URL instead (see {@link
 * ImageType#SVG}). A picture that is missing or refused is dropped from the body, with one warning
 * naming the article and the address. One instance per build; thread-safe.
 */
final class ArticleMedia {
  /** Where copies go in the site. */
  static final String FOLDER = "media/";
  /** Article pages are {@code articles/<slug>.html}: one folder below the site root. */
  private static final String FROM_ARTICLE_PAGE = "../";
  /** An SVG inlined into every page that shows it must stay small. */
  static final long MAX_INLINE_SVG_BYTES = 256 * 1024;
  /** A URL in an attribute that names a picture file (sanitized bodies quote every attribute). */
  private static final Pattern PICTURE_URL = Pattern.compile(
      "(?:src|srcset|href)=\"([^\"]*?\\.(?:jpe?g|jpe|jfif|a?png|gif|webp|avif|svg))(?:[?#\\s,][^\"]*)?\"",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final LocalMedia media;
  private final MediaIndex index;
  private final Diagnostics diagnostics;
  /** Site path of each copy -> the file it is copied from. */
  private final Map<String, LocalMedia.Found> copies = new ConcurrentHashMap<>();
  /** A file's address in the body, once worked out: its content is read once per build. */
  private final Map<java.nio.file.Path, Optional<String>> addresses = new ConcurrentHashMap<>();

  /** Copies whose picture is the same file as in the previous build: kept, not read again. */
  private final java.util.Set<String> unchanged = ConcurrentHashMap.newKeySet();

  ArticleMedia(LocalMedia media, Diagnostics diagnostics) {
    this(media, MediaIndex.none(), diagnostics);
  }

  ArticleMedia(LocalMedia media, MediaIndex index, Diagnostics diagnostics) {
    this.media = media;
    this.index = index;
    this.diagnostics = diagnostics;
  }

  /** The articles, with the bodies that show local pictures rewritten to show their copies. */
  List<Article> attach(List<Article> articles) {
    // Reading and hashing pictures is I/O: the articles are worked on in parallel, order kept.
    return new ArrayList<>(articles.parallelStream().map(this::attach).toList());
  }

  /** The article, its body rewritten when it shows local pictures. */
  Article attach(Article a) {
    if (!mayShowLocalPictures(a)) return a;
    Document doc = Jsoup.parseBodyFragment(a.bodyHtml());
    doc.outputSettings().prettyPrint(false);
    Map<String, String> refused = new LinkedHashMap<>();
    boolean changed = false;
    for (Element img : doc.select("img[src]")) {
      Rewrite r = rewrite(a, img.attr("src"), true, refused);
      if (r instanceof Point p) img.attr("src", p.address());
      else if (r instanceof Drop) img.remove();
      changed |= !(r instanceof Keep);
    }
    for (Element e : doc.select("img[srcset], source[srcset]")) {
      changed |= rewriteSrcset(a, e, refused);
    }
    for (Element link : doc.select("a[href]")) {
      // A link to a picture (a thumbnail's full size) leads to the copy; an SVG is not linked to.
      Rewrite r = rewrite(a, link.attr("href"), false, refused);
      if (r instanceof Point p) link.attr("href", p.address());
      else if (r instanceof Drop) link.unwrap();
      changed |= !(r instanceof Keep);
    }
    refused.forEach((url, why) -> diagnostics.warning(a.file().relative(), "image " + url + " not shown: " + why));
    if (!changed) return a;
    return new Article(a.file(), a.meta(), a.slug(), doc.body().html(), a.bodyText());
  }

  /**
   * A quick look before parsing the body (the costly part on a rebuild): whether it names a
   * picture file by a relative URL, or by one on the page's own site (a saved page's links were
   * made absolute against its address), that leads to a local file, present or missing.
   */
  private boolean mayShowLocalPictures(Article a) {
    // Most bodies (every plain-text article) have no attribute that can name a file: the regex,
    // which tries at every character, is not worth running over them, nor the body worth making
    // into a string to look: its UTF-8 is searched as it is kept, once, for what both attributes end with.
    if (!a.bodyHtmlHasAttributeValues()) return false;
    String body = a.bodyHtml();
    if (!body.contains("src=\"") && !body.contains("href=\"")) return false;
    Optional<String> origin = a.meta().url().flatMap(ArticleMedia::origin);
    java.util.regex.Matcher m = PICTURE_URL.matcher(body);
    while (m.find()) {
      String url = org.jsoup.parser.Parser.unescapeEntities(m.group(1).strip(), true);
      boolean candidate = !SCHEME.matcher(url).find()
          || origin.isPresent() && url.regionMatches(true, 0, origin.get(), 0, origin.get().length());
      if (candidate && !(media.find(a.file().path(), url, a.meta().url()) instanceof LocalMedia.NotLocal)) return true;
    }
    return false;
  }

  /**
   * Whether the copy at {@code sitePath} is of a picture file unchanged since the previous build,
   * which may then keep it without reading the picture.
   */
  boolean unchanged(String sitePath) {
    return unchanged.contains(sitePath);
  }

  /** The copies the articles seen so far need: site path -> source file, in path order. */
  Map<String, LocalMedia.Found> copies() {
    return new TreeMap<>(copies);
  }

  /** What becomes of a URL in a body. */
  private sealed interface Rewrite permits Keep, Point, Drop {}

  /** No local picture: left as it is. */
  private record Keep() implements Rewrite {}

  /** A local picture, shown from this address. */
  private record Point(String address) implements Rewrite {}

  /** A local picture that cannot be shown (missing, refused): left out. */
  private record Drop() implements Rewrite {}

  /**
   * What a URL becomes; the reason a local picture cannot be shown is added to {@code refused}.
   *
   * @param inline whether an SVG may be inlined here ({@code <img src>}; not a link, not srcset)
   */
  private Rewrite rewrite(Article a, String url, boolean inline, Map<String, String> refused) {
    LocalMedia.Lookup found = media.find(a.file().path(), url, a.meta().url());
    if (found instanceof LocalMedia.NotLocal) return new Keep();
    if (found instanceof LocalMedia.Refused r) {
      refused.putIfAbsent(asWritten(a, url), r.reason());
      return new Drop();
    }
    LocalMedia.Found f = (LocalMedia.Found) found;
    if (f.type() == ImageType.SVG) {
      if (!inline) return new Drop();
      if (f.size() > MAX_INLINE_SVG_BYTES) {
        refused.putIfAbsent(asWritten(a, url), "an SVG larger than " + MAX_INLINE_SVG_BYTES / 1024 + " KB is not inlined");
        return new Drop();
      }
    }
    Optional<String> to = addresses.computeIfAbsent(f.file(), p -> addressOf(f));
    if (to.isEmpty()) {
      refused.putIfAbsent(asWritten(a, url), "cannot be read");
      return new Drop();
    }
    return new Point(to.get());
  }

  private Optional<String> addressOf(LocalMedia.Found f) {
    if (f.type() != ImageType.SVG) {
      Optional<String> previous = index.previousCopy(f);
      if (previous.isPresent()) {
        copies.put(previous.get(), f);
        unchanged.add(previous.get());
        index.record(f, previous.get());
        return Optional.of(FROM_ARTICLE_PAGE + previous.get());
      }
    }
    byte[] bytes;
    try {
      bytes = LocalMedia.read(f);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (f.type() == ImageType.SVG) {
      return Optional.of("data:" + f.type().mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }
    String sitePath = FOLDER + HexFormat.of().formatHex(sha256(bytes), 0, 8) + "." + f.type().extension();
    copies.put(sitePath, f);
    index.record(f, sitePath);
    return Optional.of(FROM_ARTICLE_PAGE + sitePath);
  }

  /** {@code srcset="a.jpg 1x, b.jpg 2x"}: local candidates rewritten, unusable ones left out. */
  private boolean rewriteSrcset(Article a, Element e, Map<String, String> refused) {
    List<String> kept = new ArrayList<>();
    boolean changed = false;
    for (String candidate : e.attr("srcset").split(",")) {
      String c = candidate.strip();
      if (c.isEmpty()) continue;
      int space = c.indexOf(' ');
      String url = space < 0 ? c : c.substring(0, space);
      String descriptor = space < 0 ? "" : c.substring(space);
      Rewrite r = rewrite(a, url, false, refused);
      if (r instanceof Point p) kept.add(p.address() + descriptor);
      else if (r instanceof Keep) kept.add(c);
      changed |= !(r instanceof Keep);
    }
    if (!changed) return false;
    if (kept.isEmpty()) e.removeAttr("srcset");
    else e.attr("srcset", String.join(", ", kept));
    return true;
  }

  /**
   * A URL as the page wrote it, for messages: a saved page's {@code page_files/a.jpg} rather than
   * the address it was made into against the page's own.
   */
  private static String asWritten(Article a, String url) {
    if (!SCHEME.matcher(url).find() || a.meta().url().isEmpty()) return url;
    return LocalMedia.relativeTo(a.meta().url().get(), url).orElse(url);
  }

  /** {@code https://example.com/} of a page's address: its links were made absolute against it. */
  private static Optional<String> origin(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) return Optional.empty();
    int slash = url.indexOf('/', scheme + 3);
    return Optional.of(slash < 0 ? url + "/" : url.substring(0, slash + 1));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
