package gen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Writes reproducible synthetic Markdown articles for tests and benchmarks: front matter (title,
 * date, source, tags) and a body of paragraphs whose words follow a Zipf distribution over a
 * large made-up vocabulary, as words in real news text do. The same seed gives the same files.
 */
public final class SyntheticArchive {
  private static final String[] SYLLABLES = {
    "ba", "ke", "ri", "mo", "tu", "sa", "len", "dor", "vi", "na", "pe", "lo", "gar", "ti", "su",
    "ran", "me", "co", "dus", "fi", "ha", "jo", "ul", "ex", "an", "ber", "qui", "zo", "wen", "ist"
  };
  private static final String[] SOURCES = {"Daily Ledger", "Harbour Times", "Northern Post", "Valley Courier", "Metro Wire"};
  private static final String[] TAGS = {"politics", "economy", "science", "culture", "sport", "climate", "health"};

  private final String[] vocabulary;
  private final double[] cumulative;
  private final Random random;

  public SyntheticArchive(long seed, int vocabularySize) {
    random = new Random(seed);
    vocabulary = new String[vocabularySize];
    for (int i = 0; i < vocabularySize; i++) vocabulary[i] = word(i);
    cumulative = new double[vocabularySize];
    double sum = 0;
    for (int i = 0; i < vocabularySize; i++) {
      sum += 1 / Math.pow(i + 1, 1.07);
      cumulative[i] = sum;
    }
    for (int i = 0; i < vocabularySize; i++) cumulative[i] /= sum;
  }

  public SyntheticArchive(long seed) {
    this(seed, 60_000);
  }

  /** A distinct pronounceable word per rank; short words for common ranks, as in real text. */
  private static String word(int rank) {
    StringBuilder sb = new StringBuilder();
    int r = rank;
    do {
      sb.append(SYLLABLES[r % SYLLABLES.length]);
      r /= SYLLABLES.length;
    } while (r > 0);
    return sb.toString();
  }

  private String nextWord() {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return vocabulary[Math.min(vocabulary.length - 1, i < 0 ? -i - 1 : i)];
  }

  private String sentence(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = nextWord();
      if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      if (i > 0) sb.append(' ');
      sb.append(w);
      if (i > 0 && i < words - 1 && random.nextInt(12) == 0) sb.append(',');
    }
    return sb.append('.').toString();
  }

  /** {@code SyntheticArchive COUNT DIR [SEED]}: writes an archive, for benchmarks. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticArchive COUNT DIR [SEED]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    new SyntheticArchive(seed).write(Path.of(args[1]), Integer.parseInt(args[0]));
  }

  /** Writes {@code count} articles named {@code synthetic-00001.md}... into {@code dir}. */
  public void write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int n = 1; n <= count; n++) {
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "synthetic-%05d.md", n)), article(n));
    }
  }

  /** One article's Markdown text; about 650 words on average. */
  public String article(int n) {
    String title = sentence(5 + random.nextInt(6));
    title = title.substring(0, title.length() - 1).replace(",", "");
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("title: \"").append(title).append(" ").append(n).append("\"\n");
    sb.append("date: ").append(date).append('\n');
    sb.append("source: \"").append(SOURCES[random.nextInt(SOURCES.length)]).append("\"\n");
    sb.append("tags: [").append(TAGS[random.nextInt(TAGS.length)]).append("]\n");
    sb.append("---\n\n");
    int paragraphs = 3 + random.nextInt(10);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) sb.append(' ');
        sb.append(sentence(8 + random.nextInt(18)));
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }
}
