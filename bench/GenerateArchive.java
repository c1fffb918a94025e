import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes N synthetic news articles for benchmarks: plain text in the shape of the seed archive
 * (for gen) and the same articles as Markdown with front matter (for Hugo). The words are salad
 * from a fixed vocabulary, never real articles. Article i depends only on the seed and i, so a
 * larger N extends a smaller one.
 *
 * <pre>
 *   java bench/GenerateArchive.java --count 10000 --seed 1 --text /tmp/a/articles --markdown /tmp/h/content/articles
 * </pre>
 */
public final class GenerateArchive {
  private static final String[] WORDS = (
      "the of and to in a that for on with as by at from said was were has have will would could "
      + "government minister talks trade economy partnership cooperation council policy security "
      + "energy market growth investment regional leaders agreement summit officials report week "
      + "year month city province ministry development infrastructure project sector digital green "
      + "transport water climate health education agriculture exports imports prices budget plan "
      + "reform strategy dialogue relations visit delegation forum conference measures support "
      + "local national international global bilateral multilateral strategic stable steady new "
      + "major significant important further stronger broader shared common joint public private "
      + "announced stressed noted emphasized agreed expected reported confirmed launched signed "
      + "community residents workers companies farmers students experts analysts observers").split(" ");
  private static final String[] SYLLABLES =
      "ka lo mi ra ven tor sel an dri mo bek ul fa ren sto vi ha nel or pal dun ese ri cor tam".split(" ");
  private static final String[] AGENCIES = {"Xinhua", "AP", "Reuters", "AFP", "dpa", "Kyodo"};
  private static final String[] DOMAINS = {
    "cgtn.com", "news.example.org", "dailyherald.example", "wire.example.net", "globe.example.com",
    "tribune.example", "courier.example.org", "observer.example.net"
  };

  public static void main(String[] args) throws IOException {
    int count = 1000;
    long seed = 1;
    Path text = null;
    Path markdown = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--text" -> text = Path.of(args[++i]);
        case "--markdown" -> markdown = Path.of(args[++i]);
        default -> {
          System.err.println("usage: GenerateArchive --count N [--seed S] [--text DIR] [--markdown DIR]");
          System.exit(2);
        }
      }
    }
    for (int i = 0; i < count; i++) {
      Article a = article(seed, i);
      String folder = String.format(Locale.ROOT, "%03d", i / 1000);
      String name = String.format(Locale.ROOT, "%06d_%s", i, a.stem);
      if (text != null) write(text.resolve(folder).resolve(name + ".txt"), a.text());
      if (markdown != null) write(markdown.resolve(folder).resolve(name + ".md"), a.markdown());
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** One article, with the optional parts in rough proportions seen in saved news archives. */
  static Article article(long seed, int index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    String lede = sentence(r, 18, 34, true);
    String headline = r.nextInt(100) < 55 ? capitalize(phrase(r, 5, 11)) : null;
    String byline = r.nextInt(100) < 35 ? "By " + name(r) + (r.nextInt(4) == 0 ? " and " + name(r) : "") : null;
    LocalDate date =
        r.nextInt(100) < 60 ? LocalDate.of(2005, 1, 1).plusDays(r.nextInt(20 * 365)) : null;
    boolean dateline = r.nextInt(100) < 45;
    String place = place(r);
    List<String> paragraphs = new ArrayList<>();
    String first = lede;
    if (dateline) {
      String when = date != null
          ? date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth()
          : "";
      first = place.toUpperCase(Locale.ROOT) + (when.isEmpty() ? "" : ", " + when)
          + " (" + AGENCIES[r.nextInt(AGENCIES.length)] + ") -- " + lede;
    }
    paragraphs.add(first);
    int n = 4 + r.nextInt(10);
    List<String> people = List.of(name(r), name(r));
    for (int p = 0; p < n; p++) {
      StringBuilder sb = new StringBuilder();
      int sentences = 1 + r.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) sb.append(' ');
        if (r.nextInt(100) < 18) {
          sb.append('“').append(sentence(r, 8, 22, false)).append(",” ")
              .append(people.get(r.nextInt(2))).append(' ').append(r.nextBoolean() ? "said." : "stated.");
        } else {
          sb.append(sentence(r, 12, 30, true));
        }
      }
      paragraphs.add(sb.toString());
    }
    List<String> references = new ArrayList<>();
    if (r.nextInt(100) < 60) {
      references.add(DOMAINS[r.nextInt(DOMAINS.length)]);
      if (r.nextInt(5) == 0) references.add("https://" + DOMAINS[r.nextInt(DOMAINS.length)] + "/story/" + index);
    }
    List<String> tags = new ArrayList<>();
    for (int t = 0, k = 1 + r.nextInt(3); t < k; t++) {
      String tag = "topic-" + r.nextInt(300);
      if (!tags.contains(tag)) tags.add(tag);
    }
    String stem = (headline != null ? headline : lede).toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    stem = stem.substring(0, Math.min(40, stem.length())).replaceAll("-$", "");
    return new Article(stem, headline, byline, date, paragraphs, references, tags, lede);
  }

  record Article(
      String stem, String headline, String byline, LocalDate date, List<String> paragraphs,
      List<String> references, List<String> tags, String lede) {

    /** The seed's shape: optional headline, byline and date lines, one paragraph per line, references. */
    String text() {
      StringBuilder sb = new StringBuilder();
      if (headline != null) sb.append(headline).append('\n');
      if (byline != null) sb.append(byline).append('\n');
      if (date != null && headline != null) {
        sb.append(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
            .append(date.getDayOfMonth()).append(", ").append(date.getYear()).append('\n');
      }
      for (String p : paragraphs) sb.append(p).append('\n');
      if (!references.isEmpty()) {
        sb.append("Reference(s):\n");
        for (String ref : references) sb.append(ref).append('\n');
      }
      return sb.toString();
    }

    String markdown() {
      StringBuilder sb = new StringBuilder("---\n");
      String title = headline != null ? headline : firstWords(lede, 12);
      sb.append("title: \"").append(title.replace("\"", "'")).append("\"\n");
      if (date != null) sb.append("date: ").append(date).append('\n');
      if (byline != null) sb.append("authors: [\"").append(byline.substring(3).replace(" and ", "\", \"")).append("\"]\n");
      if (!references.isEmpty()) sb.append("source: \"").append(references.get(0)).append("\"\n");
      sb.append("tags: [").append(String.join(", ", tags)).append("]\n");
      sb.append("---\n\n");
      for (String p : paragraphs) sb.append(p).append("\n\n");
      return sb.toString();
    }
  }

  private static String firstWords(String s, int n) {
    String[] w = s.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length))).replaceAll("[.,]$", "");
  }

  private static String sentence(SplittableRandom r, int min, int max, boolean stop) {
    String s = phrase(r, min, max);
    // Names and places in running text, as entity extraction sees in real news.
    if (r.nextInt(3) == 0) s = s + " in " + place(r);
    if (r.nextInt(4) == 0) s = name(r) + " " + s;
    return capitalize(s) + (stop ? "." : "");
  }

  private static String phrase(SplittableRandom r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(' ');
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static String word(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    return capitalize(sb.toString());
  }

  /**
   * A person from a fixed cast of 3,000, the often-named far more often than the rest, as in real
   * archives (a made-up name per mention would make every person page a page of one article).
   */
  private static String name(SplittableRandom r) {
    int who = r.nextInt(1 + r.nextInt(3000));
    SplittableRandom n = new SplittableRandom(who * 7919L + 17);
    return word(n) + " " + word(n);
  }

  private static String place(SplittableRandom r) {
    // A small set of invented places, so that places repeat across articles as real ones do.
    return capitalize(SYLLABLES[r.nextInt(12)] + SYLLABLES[12 + r.nextInt(12)]) + "ville";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
