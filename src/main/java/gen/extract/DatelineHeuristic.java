package gen.extract;

import gen.model.PublishedDate;
import gen.read.Format;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The dateline that opens a news story: {@code MOSCOW, May 9 (Xinhua) --}, {@code WASHINGTON (AP)
 * —}, {@code Feb. 23, 2015 --}. It stays in the body (it is part of the first sentence as
 * published) and gives the place the story was filed from and the agency that filed it, in text
 * articles and saved pages alike. The agency is credited as the author when nothing else names
 * one: a wire story's readers expect its credit. In a text article a dateline with a full date
 * also offers that date, below a date line; a dateline without a year gives no date: the year is
 * never guessed.
 */
public final class DatelineHeuristic implements Heuristic {
  /** Below a date line under the headline, above a date merely mentioned in the lede. */
  static final int TRUST = Trust.LAYOUT - 10;

  /** What a dateline is; {@code end} is where the story's own words begin. */
  public record Dateline(String place, Optional<PublishedDate> date, Optional<String> agency, int end) {}

  /** The prefix, then a dash ("—", "–", "--", " - ", ".-") that ends it. */
  private static final Pattern PREFIX = Pattern.compile("^(.{2,80}?)\\s*(?:—|–|--|\\s-|\\.-)\\s*(?=\\S)");
  private static final Pattern AGENCY = Pattern.compile("\\(([^()]{2,40})\\)\\s*$");
  // Compiled once, not by String.split/replaceAll/matches at every paragraph looked at.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.]+$");
  private static final Pattern PLACE_BESIDE_AGENCY = Pattern.compile("\\p{Lu}[\\p{L}'’.\\- ,]{1,40}");
  /** A place in capitals: "MOSCOW", "LOS ANGELES", "ST. JOSEPH", "BERLÍN". */
  private static final Pattern CAPS_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M}'’.\\- ]*\\p{Lu}\\.?(?=[,\\s(]|$)");
  /** A place as written in mixed case, with its region: "Dekalb, Ill.", "New York, NY". */
  private static final Pattern PLACE_REGION =
      Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){0,2}, \\p{Lu}[\\p{L}.]{0,14}(?: \\p{Lu}[\\p{L}.]+){0,2}$");

  /** "MOSCOW, May 9", "PARIS, 3 mai": a day and month without a year, which gives no date. */
  private static final Pattern PARTIAL_DATE =
      Pattern.compile(",\\s*(?:\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\.?\\s+\\p{L}{3,10}\\.?)\\s*$");

  /**
   * A credit written as an acronym, alone or joined: "AP", "AFP", "KTRK", "dpa", "efe-epa",
   * "dpa/lno". A word in ordinary case ("Reuters", but also "Russland" in "Rostow (Russland) -")
   * is a credit only when it names a known agency ({@code wire-agencies.txt}).
   */
  private static final Pattern ACRONYM_CREDIT =
      Pattern.compile("(?:\\p{Lu}{2,6}|\\p{Ll}{2,4})(?:[/-](?:\\p{Lu}{2,6}|\\p{Ll}{2,4}))*");
  private static final java.util.Set<String> AGENCIES = loadAgencies();
  /** How many of the body's first paragraphs may hold the lede (a kicker or a caption may come first). */
  private static final int LEDE_PARAGRAPHS = 3;

  @Override
  public void apply(ExtractionContext ctx) {
    Optional<Dateline> found = opening(ctx).flatMap(DatelineHeuristic::find);
    if (found.isEmpty()) return;
    Dateline d = found.get();
    if (ctx.read().format() == Format.TEXT) d.date().ifPresent(date -> ctx.offer(Field.DATE, date, "dateline", TRUST));
    Optional<String> place = Optional.of(d.place()).filter(p -> !p.isEmpty());
    Optional<String> agency = d.agency().filter(DatelineHeuristic::isAgency);
    if (place.isEmpty() && agency.isEmpty()) return;
    ctx.offer(Field.DATELINE, new gen.model.Dateline(place, agency), "dateline", Trust.LAYOUT);
    // Below every byline and author tag: the credit only stands in when nothing names a writer.
    agency.ifPresent(a -> ctx.offer(Field.AUTHORS, java.util.List.of(a), "dateline", Trust.INFERRED));
  }

  /** The paragraph a dateline would open: a text article's first, or a page body's first sizeable one. */
  private static Optional<String> opening(ExtractionContext ctx) {
    if (ctx.read().format() == Format.TEXT) {
      return Blocks.of(ctx.body()).stream().findFirst().map(Blocks::text);
    }
    if (ctx.read().format() != Format.HTML) return Optional.empty();
    return ctx.body().select("p").stream()
        .limit(LEDE_PARAGRAPHS)
        .map(Element::text)
        .filter(t -> t.length() >= 40)
        .findFirst();
  }

  static boolean isAgency(String credit) {
    return ACRONYM_CREDIT.matcher(credit).matches() || AGENCIES.contains(credit.toLowerCase(java.util.Locale.ROOT));
  }

  private static java.util.Set<String> loadAgencies() {
    var in = DatelineHeuristic.class.getResourceAsStream("/gen/extract/wire-agencies.txt");
    if (in == null) throw new IllegalStateException("missing resource wire-agencies.txt");
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      return r.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(java.util.Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static boolean startsWithDateline(String paragraph) {
    return find(paragraph).isPresent();
  }

  /** The dateline a paragraph opens with, if any. */
  public static Optional<Dateline> find(String paragraph) {
    // Every dash PREFIX knows has one of these characters: without one, the lazy prefix need not
    // be tried at each of its eighty lengths.
    if (paragraph.indexOf('-') < 0 && paragraph.indexOf('—') < 0 && paragraph.indexOf('–') < 0) return Optional.empty();
    Matcher m = PREFIX.matcher(paragraph);
    if (!m.find()) return Optional.empty();
    String prefix = m.group(1).strip();
    if (WHITESPACE.split(prefix).length > 9) return Optional.empty();
    Optional<String> agency = Optional.empty();
    Matcher a = AGENCY.matcher(prefix);
    String rest = prefix;
    if (a.find()) {
      agency = Optional.of(a.group(1).strip());
      rest = prefix.substring(0, a.start()).strip();
    }
    Optional<DateParser.Match> dm = DateParser.find(rest);
    Optional<PublishedDate> date = dm.map(DateParser.Match::date);
    String place = dm.isPresent() ? rest.substring(0, dm.get().start()) : rest;
    place = TRAILING_PUNCTUATION.matcher(PARTIAL_DATE.matcher(place).replaceFirst("")).replaceAll("").strip();

    boolean capsPlace = CAPS_PLACE.matcher(place).find() && place.chars().filter(Character::isLetter).count() >= 3;
    boolean dateOnly = place.isEmpty() && date.isPresent();
    boolean placeRegion = PLACE_REGION.matcher(place).matches();
    boolean agencyOnly = place.isEmpty() && agency.isPresent();
    boolean placeAgency = agency.isPresent() && PLACE_BESIDE_AGENCY.matcher(place).matches();
    if (!(capsPlace || dateOnly || placeRegion || agencyOnly || placeAgency)) return Optional.empty();
    return Optional.of(new Dateline(place, date, agency, m.end()));
  }
}
