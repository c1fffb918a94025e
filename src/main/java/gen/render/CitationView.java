package gen.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to cite an article, as plain text and as a BibTeX entry: authors, title, source, date
 * published (or "n.d."), original URL and the date the copy was saved.
 */
public record CitationView(String text, String bibtex) {
  private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  static CitationView of(ArticleView a) {
    return new CitationView(text(a), bibtex(a));
  }

  private static String text(ArticleView a) {
    StringBuilder sb = new StringBuilder();
    if (!a.authors().isEmpty()) sb.append(String.join(", ", a.authors())).append(". ");
    sb.append('“').append(a.title()).append(".” ");
    if (a.source() != null) sb.append(a.source().name()).append(", ");
    sb.append(a.dateDisplay() != null ? a.dateDisplay() + "." : "n.d.");
    if (a.url() != null) sb.append(' ').append(a.url()).append('.');
    if (a.saved() != null) sb.append(" Saved ").append(savedDisplay(a.saved())).append('.');
    return sb.toString();
  }

  private static String bibtex(ArticleView a) {
    List<String[]> fields = new ArrayList<>();
    if (!a.authors().isEmpty()) fields.add(new String[] {"author", escape(String.join(" and ", a.authors()))});
    fields.add(new String[] {"title", "{" + escape(a.title()) + "}"});
    if (a.source() != null) fields.add(new String[] {"howpublished", escape(a.source().name())});
    if (a.date() != null) {
      fields.add(new String[] {"year", a.date().substring(0, 4)});
      if (a.date().length() >= 7) {
        fields.add(new String[] {"month", MONTHS[Integer.parseInt(a.date().substring(5, 7)) - 1]});
      }
      fields.add(new String[] {"date", a.date().length() > 10 ? a.date().substring(0, 10) : a.date()});
    }
    if (a.url() != null) fields.add(new String[] {"url", a.url().replace("}", "%7D").replace("{", "%7B")});
    if (a.saved() != null) {
      fields.add(new String[] {"urldate", a.saved()});
      fields.add(new String[] {"note", "Saved " + savedDisplay(a.saved())});
    }
    StringBuilder sb = new StringBuilder("@misc{").append(key(a)).append(",\n");
    for (int i = 0; i < fields.size(); i++) {
      String[] f = fields.get(i);
      // month uses BibTeX's predefined macro (no braces); every other value is braced.
      String value = f[0].equals("month") ? f[1] : "{" + f[1] + "}";
      sb.append("  ").append(f[0]).append(" = ").append(value).append(i + 1 < fields.size() ? ",\n" : "\n");
    }
    return sb.append('}').toString();
  }

  private static String key(ArticleView a) {
    String k = a.slug().replaceAll("[^a-z0-9]", "");
    if (k.length() > 24) k = k.substring(0, 24);
    return k + (a.date() != null ? a.date().substring(0, 4) : "");
  }

  private static String savedDisplay(String iso) {
    try {
      return LocalDate.parse(iso).format(SAVED);
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  /** Characters BibTeX and LaTeX read as commands, made literal. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
        case '~' -> sb.append("\\textasciitilde{}");
        case '^' -> sb.append("\\textasciicircum{}");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
