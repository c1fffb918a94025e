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
 * published); when it carries a full date, that date is offered, below a date line. A dateline
 * without a year gives no date: the year is never guessed.
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

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.TEXT) return;
    Element first = Blocks.of(ctx.body()).stream().findFirst().orElse(null);
    if (first == null) return;
    find(Blocks.text(first)).flatMap(Dateline::date).ifPresent(d -> ctx.offer(Field.DATE, d, "dateline", TRUST));
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
