package gen.model;

/** How much of a published date is known. */
public enum DatePrecision {
  YEAR,
  MONTH,
  DAY,
  /** Day and time of day (with or without a UTC offset). */
  TIME;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
