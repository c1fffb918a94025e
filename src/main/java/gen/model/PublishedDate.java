package gen.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A publication date as precise as the source says, never more: a year, a month, a day, or a
 * moment (with its UTC offset when one was given).
 */
public record PublishedDate(
    LocalDateTime dateTime, Optional<ZoneOffset> offset, DatePrecision precision) {

  public static PublishedDate ofYear(int year) {
    return new PublishedDate(LocalDate.of(year, 1, 1).atStartOfDay(), Optional.empty(), DatePrecision.YEAR);
  }

  public static PublishedDate ofMonth(int year, int month) {
    return new PublishedDate(
        LocalDate.of(year, month, 1).atStartOfDay(), Optional.empty(), DatePrecision.MONTH);
  }

  public static PublishedDate ofDay(LocalDate day) {
    return new PublishedDate(day.atStartOfDay(), Optional.empty(), DatePrecision.DAY);
  }

  public static PublishedDate ofTime(LocalDateTime time, Optional<ZoneOffset> offset) {
    return new PublishedDate(time, offset, DatePrecision.TIME);
  }

  public static PublishedDate ofInstant(OffsetDateTime time) {
    return new PublishedDate(time.toLocalDateTime(), Optional.of(time.getOffset()), DatePrecision.TIME);
  }

  public LocalDate day() {
    return dateTime.toLocalDate();
  }

  /** ISO-8601 at the known precision: {@code 2024}, {@code 2024-05}, {@code 2024-05-03}, ... */
  public String iso() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", dateTime.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", dateTime.getYear(), dateTime.getMonthValue());
      case DAY -> day().toString();
      case TIME ->
          offset
              .map(o -> dateTime.atOffset(o).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
              .orElse(dateTime.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    };
  }

  /** A sortable key: later dates sort higher. */
  public long sortKey() {
    return dateTime.toEpochSecond(offset.orElse(ZoneOffset.UTC));
  }
}
