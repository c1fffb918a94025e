package gen.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How to cite an article, as plain text: authors, title, source, date published (or "n.d."),
 * original URL and the date the copy was saved. The BibTeX entry is made in the browser by the
 * theme's {@code assets/cite.js}, from the page's JSON-LD and the saved date: the same fields,
 * without a second copy of them in every page.
 */
public record CitationView(String text) {
  private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  static CitationView of(ArticleView a) {
    StringBuilder sb = new StringBuilder();
    if (!a.authors().isEmpty()) sb.append(String.join(", ", a.authors())).append(". ");
    sb.append('“').append(a.title()).append(".” ");
    if (a.source() != null) sb.append(a.source().name()).append(", ");
    sb.append(a.dateDisplay() != null ? a.dateDisplay() + "." : "n.d.");
    if (a.url() != null) sb.append(' ').append(a.url()).append('.');
    if (a.saved() != null) sb.append(" Saved ").append(savedDisplay(a.saved())).append('.');
    return new CitationView(sb.toString());
  }

  static String savedDisplay(String iso) {
    // The usual yyyy-mm-dd of a year with four digits, said without a parser and a formatter (one
    // each a page cost more than the rest of the citation); anything else as before.
    if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-' && iso.charAt(0) >= '1'
        && digits(iso, 0, 4) && digits(iso, 5, 7) && digits(iso, 8, 10)) {
      int year = Integer.parseInt(iso, 0, 4, 10);
      int month = Integer.parseInt(iso, 5, 7, 10);
      int day = Integer.parseInt(iso, 8, 10, 10);
      if (month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
        return day + " " + MONTHS[month - 1] + " " + year;
      }
    }
    try {
      return LocalDate.parse(iso).format(SAVED);
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    }
    return true;
  }
}
