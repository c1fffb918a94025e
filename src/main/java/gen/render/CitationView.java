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

  private static String savedDisplay(String iso) {
    try {
      return LocalDate.parse(iso).format(SAVED);
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }
}
