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
  private final Diagnostics diagnostics;
  /** Site path of each copy -> the file it is copied from. */
  private final Map<String, LocalMedia.Found> copies = new ConcurrentHashMap<>();
  /** A file's address in the body, once worked out: its content is read once per build. */
  private final Map<java.nio.file.Path, Optional<String>> addresses = new ConcurrentHashMap<>();

  ArticleMedia(LocalMedia media, Diagnostics diagnostics) {
    this.media = media;
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
      Optional<Optional<String>> to = address(a, img.attr("src"), true, refused);
      if (to.isEmpty()) continue;
      changed = true;
      if (to.get().isPresent()) img.attr("src", to.get().get());
      else img.remove();
    }
    for (Element e : doc.select("img[srcset], source[srcset]")) {
      changed |= rewriteSrcset(a, e, refused);
    }
    for (Element link : doc.select("a[href]")) {
      // A link to a picture (a thumbnail's full size) leads to the copy; an SVG is not linked to.
      Optional<Optional<String>> to = address(a, link.attr("href"), false, refused);
      if (to.isEmpty()) continue;
      changed = true;
      if (to.get().isPresent()) link.attr("href", to.get().get());
      else link.unwrap();
    }
    refused.forEach((url, why) -> diagnostics.warning(a.file().relative(), "image " + url + " not shown: " + why));
    if (!changed) return a;
    return new Article(a.file(), a.meta(), a.slug(), doc.body().html(), a.bodyText());
  }

  /**
   * A quick look before parsing the body: whether it names a picture by a relative URL, or by one
   * on the page's own site (a saved page's links were made absolute against its address).
   */
  private static boolean mayShowLocalPictures(Article a) {
    Optional<String> origin = a.meta().url().flatMap(ArticleMedia::origin);
    java.util.regex.Matcher m = PICTURE_URL.matcher(a.bodyHtml());
    while (m.find()) {
      String url = m.group(1).strip();
      if (!SCHEME.matcher(url).find()) return true;
      if (origin.isPresent() && url.regionMatches(true, 0, origin.get(), 0, origin.get().length())) return true;
    }
    return false;
  }

  /** The copies the articles seen so far need: site path -> source file, in path order. */
  Map<String, LocalMedia.Found> copies() {
    return new TreeMap<>(copies);
  }

  /**
   * What a URL becomes: empty when it is no local picture (left as it is); else the address of its
   * copy, or an empty address when it cannot be shown (the reason is added to {@code refused}).
   */
  private Optional<Optional<String>> address(Article a, String url, boolean inline, Map<String, String> refused) {
    LocalMedia.Lookup found = media.find(a.file().path(), url, a.meta().url());
    if (found instanceof LocalMedia.NotLocal) return Optional.empty();
    if (found instanceof LocalMedia.Refused r) {
      refused.putIfAbsent(url, r.reason());
      return Optional.of(Optional.empty());
    }
    LocalMedia.Found f = (LocalMedia.Found) found;
    if (f.type() == ImageType.SVG) {
      if (!inline) return Optional.of(Optional.empty());
      if (f.size() > MAX_INLINE_SVG_BYTES) {
        refused.putIfAbsent(url, "an SVG larger than " + MAX_INLINE_SVG_BYTES / 1024 + " KB is not inlined");
        return Optional.of(Optional.empty());
      }
    }
    Optional<String> to = addresses.computeIfAbsent(f.file(), p -> addressOf(f));
    if (to.isEmpty()) refused.putIfAbsent(url, "cannot be read");
    return Optional.of(to);
  }

  private Optional<String> addressOf(LocalMedia.Found f) {
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
      Optional<Optional<String>> to = address(a, url, false, refused);
      if (to.isEmpty()) {
        kept.add(c);
        continue;
      }
      changed = true;
      to.get().ifPresent(address -> kept.add(address + descriptor));
    }
    if (!changed) return false;
    if (kept.isEmpty()) e.removeAttr("srcset");
    else e.attr("srcset", String.join(", ", kept));
    return true;
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
