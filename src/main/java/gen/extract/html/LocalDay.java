package gen.extract.html;

import gen.extract.DateParser;
import gen.model.DatePrecision;
import gen.model.PublishedDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publisher's own day for a page. Metadata often writes its moments in UTC
 * ("2023-11-09T01:09:55Z") while the page, and its readers, see the local day ("November 8, 2023
 * at 6:09 p.m."): the day as the page shows it is the one to keep. This class holds every
 * machine-readable date the page's metadata gives (meta tags, JSON-LD, microdata), published and
 * modified alike, and answers whether a date the page shows is one of them, seen from some time
 * zone, and which of them is the same moment written in the publisher's offset.
 */
final class LocalDay {
  /** Time zones run from UTC-12 to UTC+14. */
  private static final Duration WEST = Duration.ofHours(-12);
  private static final Duration EAST = Duration.ofHours(14);
  /** A shown time and a metadata moment this close, once shifted by a zone, are one moment. */
  private static final long SAME_MOMENT_SECONDS = 120;
  private static final Pattern META_KEYS = Pattern.compile("(?i)date|time|publish|modif|created|updated|issued");
  private static final Pattern JSON_DATES =
      Pattern.compile("\"(?:date[A-Za-z]*|uploadDate)\"\\s*:\\s*\"([0-9][0-9T:.+\\- Z]{7,34})\"");

  private static final String[] ARTICLE_DATE_KEYS = {"datePublished", "dateModified", "dateCreated", "uploadDate"};

  /** The dates the page's metadata gives for the article itself: meta tags and its JSON-LD object. */
  private final List<PublishedDate> dates;
  private final Document doc;

  private LocalDay(List<PublishedDate> dates, Document doc) {
    this.dates = dates;
    this.doc = doc;
  }

  static LocalDay of(Document doc) {
    List<PublishedDate> dates = new ArrayList<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.attr("property") + " " + m.attr("name") + " " + m.attr("itemprop");
      if (META_KEYS.matcher(key).find()) DateParser.parseMachine(m.attr("content")).ifPresent(dates::add);
    }
    List<com.google.gson.JsonObject> articles = JsonLd.articles(doc);
    if (!articles.isEmpty()) {
      com.google.gson.JsonObject main = JsonLdHeuristic.main(articles);
      for (String key : ARTICLE_DATE_KEYS) JsonLd.text(main, key).flatMap(DateParser::parseMachine).ifPresent(dates::add);
    }
    return new LocalDay(dates, doc);
  }

  /**
   * Every date a script of the page names as one ({@code "date": "..."}, other objects' and the
   * analytics' too): read only when a UTC moment wants its local twin, and only the same moment
   * is looked for there.
   */
  private List<PublishedDate> scriptDates() {
    List<PublishedDate> found = new ArrayList<>();
    for (Element s : doc.select("script")) {
      String data = s.data();
      if (data.indexOf("\"date") < 0 && data.indexOf("\"uploadDate") < 0) continue;
      Matcher j = JSON_DATES.matcher(data);
      while (j.find()) DateParser.parseMachine(j.group(1)).ifPresent(found::add);
    }
    return found;
  }

  /**
   * Whether a date the page shows is one the metadata gives: the same day as written, or, for a
   * time shown, the same moment as one in metadata seen from some time zone. A day shown without a
   * time that is one day off a metadata moment proves nothing: it may be another day altogether.
   */
  boolean agrees(PublishedDate shown) {
    for (PublishedDate m : dates) {
      if (m.day().equals(shown.day())) return true;
      if (m.offset().isEmpty() || m.precision() != DatePrecision.TIME) continue;
      LocalDateTime utc = m.dateTime().minusSeconds(m.offset().get().getTotalSeconds());
      if (shown.precision() == DatePrecision.TIME && shown.offset().isEmpty()
          && zoneShift(utc, shown.dateTime()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same moment as {@code utc} (a moment written with offset zero) written in the publisher's
   * offset by another of the page's metadata dates, if one does: "2023-11-08T22:28:35-05:00", or
   * "2023-11-08 22:28:35" without an offset.
   */
  Optional<PublishedDate> localTwin(PublishedDate utc) {
    if (utc.precision() != DatePrecision.TIME || utc.offset().isEmpty() || utc.offset().get().getTotalSeconds() != 0) {
      return Optional.empty();
    }
    List<PublishedDate> candidates = new ArrayList<>(dates);
    candidates.addAll(scriptDates());
    for (PublishedDate m : candidates) {
      if (m.precision() != DatePrecision.TIME || m.day().equals(utc.day())) continue;
      if (m.offset().isPresent()) {
        if (m.sortKey() == utc.sortKey()) return Optional.of(m);
      } else if (zoneShift(utc.dateTime(), m.dateTime()).filter(s -> s % 900 == 0).isPresent()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The offset, in seconds, that takes a UTC moment to a local time shown, if one of the Earth's could. */
  private static Optional<Long> zoneShift(LocalDateTime utc, LocalDateTime local) {
    long seconds = Duration.between(utc, local).getSeconds();
    if (seconds < WEST.getSeconds() - SAME_MOMENT_SECONDS || seconds > EAST.getSeconds() + SAME_MOMENT_SECONDS) {
      return Optional.empty();
    }
    long quarter = Math.round(seconds / 900.0) * 900;
    return Math.abs(seconds - quarter) <= SAME_MOMENT_SECONDS ? Optional.of(quarter) : Optional.empty();
  }
}
