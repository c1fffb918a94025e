package gen.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Article;
import gen.model.SourceFile;
import gen.read.ArticleReader;
import gen.read.Format;
import gen.read.ReadArticle;
import gen.read.TextDecoder;
import gen.read.UnreadableFileException;
import gen.text.SafeUrls;
import gen.text.Slugs;
import gen.text.Words;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every reader and every heuristic (the {@link Extractor} runs them all) over generated hostile
 * input: no exception escapes but a reader's {@link UnreadableFileException}, and each file
 * finishes within a generous bound (a hang or an exponential regex, not a slow machine, is what it
 * catches). The body that comes out carries no script.
 *
 * <p>The inputs come from a seeded generator, a different seed for each try, so a failure names
 * the seed that makes its input again ({@link #articleText(Random)} with {@code new Random(seed)}).
 */
class HostileInputTest {
  /** Generous on purpose: a shared, loaded machine must never fail this. */
  private static final Duration PER_FILE = Duration.ofSeconds(60);

  private static final Extractor EXTRACTOR = new Extractor();

  private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1};

  @Test
  void any_text_in_any_format_reads_and_extracts_without_escaping() {
    for (long seed = 1; seed <= 150; seed++) {
      Random random = new Random(seed);
      String text = articleText(random);
      Format format = Format.values()[random.nextInt(Format.values().length)];
      Charset charset = CHARSETS[random.nextInt(CHARSETS.length)];
      byte[] bytes = encode(text, charset);
      assertTimeoutPreemptively(PER_FILE, () -> readAndExtract(format, bytes),
          "seed " + seed + ", " + format + ", " + charset);
    }
  }

  @Test
  void any_bytes_in_any_format_read_and_extract_without_escaping() {
    for (long seed = 1; seed <= 100; seed++) {
      Random random = new Random(-seed);
      byte[] bytes = new byte[random.nextInt(4001)];
      random.nextBytes(bytes);
      Format format = Format.values()[random.nextInt(Format.values().length)];
      assertTimeoutPreemptively(PER_FILE, () -> readAndExtract(format, bytes), "seed " + -seed + ", " + format);
    }
  }

  @Test
  void the_text_helpers_take_any_string() {
    for (long seed = 1000; seed < 1150; seed++) {
      String text = articleText(new Random(seed));
      assertTimeoutPreemptively(PER_FILE, () -> {
        DateParser.find(text);
        DateParser.parseLine(text);
        DateParser.parseMachine(text);
        Bylines.parse(text);
        Bylines.names(text);
        EntityFinder.find(text);
        QuoteFinder.find(List.of(text, text), List.of("Jane Doe"));
        LanguageDetector.detect(text);
        Words.count(text);
        Urls.domain(text);
        SafeUrls.isSafeLink(text);
        String slug = Slugs.slugify(text);
        assertFalse(slug.isEmpty(), "a slug is never empty");
        assertTrue(slug.matches("[a-z0-9-]+"), slug);
        try {
          TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableFileException e) {
          // binary-looking text is refused with a reason: fine
        }
        return null;
      }, "seed " + seed);
    }
  }

  private static Optional<Article> readAndExtract(Format format, byte[] bytes) {
    SourceFile file = new SourceFile(Path.of("fuzz." + format.name().toLowerCase(java.util.Locale.ROOT)), "fuzz", bytes.length, Instant.EPOCH);
    ReadArticle read;
    try {
      read = ArticleReader.forFormat(format).read(file, bytes);
    } catch (UnreadableFileException e) {
      assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), "one line: " + e.getMessage());
      return Optional.empty();
    }
    Article a = EXTRACTOR.extract(read);
    for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parseBodyFragment(a.bodyHtml()).body().getAllElements()) {
      assertFalse(e.normalName().equals("script") || e.normalName().equals("iframe"), a.bodyHtml());
      for (org.jsoup.nodes.Attribute at : e.attributes()) {
        String v = at.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(java.util.Locale.ROOT);
        assertFalse(at.getKey().startsWith("on") || v.startsWith("javascript:") || v.startsWith("vbscript:"), e.outerHtml());
      }
    }
    assertFalse(a.slug().isEmpty());
    assertFalse(a.meta().title().isBlank() && a.meta().title().length() > 300);
    return Optional.of(a);
  }

  private static byte[] encode(String text, Charset charset) {
    byte[] raw = text.getBytes(charset);
    if (!charset.name().startsWith("UTF-16")) return raw;
    // UTF-16 as editors save it: with a byte order mark.
    byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] out = new byte[raw.length + 2];
    System.arraycopy(bom, 0, out, 0, 2);
    System.arraycopy(raw, 0, out, 2, raw.length);
    return out;
  }

  /** Pieces of real structure, markup and payloads, chosen twice as often as either kind of noise. */
  private static final String[] STRUCTURE = {
      "---\n", "title: x\n", "date: 2024-02-30\n", "date: 2024-05-03\n", "tags: [a, b]\n", "slug: ../../x\n",
      "lang: \"en\\\" x\"\n", "source: {name: x, url: javascript:alert(1)}\n", "authors: [&a x, *a]\n",
      "\n\n", "\r\n", "\n", "\u0000", "\uFEFF", "\u2028", "\uD800", "\t",
      "# Heading\n", "> quote\n", "```\n", "- item\n", "| a | b |\n|---|---|\n", "[link](javascript:alert(1))",
      "<div>", "</div>", "<p>", "<article>", "</article>", "<h1>Headline</h1>", "<title>T</title>",
      "<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
      "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;",
      "<meta property=\"og:title\" content=\"<script>\">", "<time datetime=\"2024-13-45\">",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":",
      "By Jane Doe and John Smith\n", "MOSCOW, May 9 (Xinhua) -- ", "Reference(s):\n", "Source: example.org\n",
      "https://www.example.org/a/b?c=d\n", "“It is fine,” said Jane Doe. ", "\"Quote\" he said.",
      "2024年5月3日", "3 May 2024", "May 3, 2024", "03/05/2024", "The President of the United Nations ",
      "الرئيس الصيني يلتقي ", "中国国家主席习近平", "Lorem ipsum dolor sit amet. "};
  private static final String MARKUP_CHARS = "<>/=\"' \n-:#*_[]()!`.,abcéй中ب";
  private static final String[] OPENERS = {"<div>", "<b>", "<blockquote>", ">", "> ", "[", "*", "(", "Aa ", "“"};
  private static final String[] UNITS = {"a", "word ", ".", " ", "-", "The United Nations "};

  /**
   * Article-shaped text: up to 40 pieces (real structure, any UTF-16 code units, or markup
   * characters) strung together, then at most one long run (deep nesting, a megabyte-ish line),
   * so the size stays that of a real file and the time bound means something.
   */
  static String articleText(Random random) {
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(41);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(12);
      if (kind < 3) {
        int n = random.nextInt(81);
        for (int k = 0; k < n; k++) out.append((char) random.nextInt(0x10000)); // any code unit, lone surrogates too
      } else if (kind < 6) {
        int n = random.nextInt(201);
        for (int k = 0; k < n; k++) out.append(MARKUP_CHARS.charAt(random.nextInt(MARKUP_CHARS.length())));
      } else {
        out.append(STRUCTURE[random.nextInt(STRUCTURE.length)]);
      }
    }
    switch (random.nextInt(3)) {
      case 0 -> { }
      case 1 -> out.append(OPENERS[random.nextInt(OPENERS.length)].repeat(100 + random.nextInt(4901)));
      default -> out.append(UNITS[random.nextInt(UNITS.length)].repeat(1000 + random.nextInt(59_001)));
    }
    return out.toString();
  }
}
