package gen.check;

import gen.model.Article;
import gen.model.Metadata;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Per-article checks of the metadata: what is missing, what gen had to guess from weak signals,
 * and dates that cannot be right.
 */
final class MetadataRules {
  /** Provenances that are a guess rather than something the article says about itself. */
  static final Set<String> WEAK = Set.of("first-sentence", "file-name", "file-modified");
  /** The first sentence of what {@code gen new} writes as a body: the rest may have been edited already. */
  static final String PLACEHOLDER_START =
      gen.scaffold.NewArticle.PLACEHOLDER.substring(0, gen.scaffold.NewArticle.PLACEHOLDER.indexOf('.') + 1);

  static void check(Article a, String prefix, LocalDate today, List<Finding> out) {
    String file = prefix + a.file().relative();
    Metadata m = a.meta();
    String titleFrom = m.provenance().getOrDefault("title", "");
    if (titleFrom.equals("file-name")) {
      out.add(Finding.warning(file, "no-title", "no title; the file name is used (\"" + m.title() + "\")"));
    } else if (WEAK.contains(titleFrom)) {
      out.add(Finding.info(file, "weak-title", "title guessed from the " + titleFrom.replace('-', ' ') + ": \"" + shorten(m.title()) + "\""));
    }
    if (m.published().isEmpty()) {
      out.add(Finding.warning(file, "no-date", "no publication date"));
    } else {
      String dateFrom = m.provenance().getOrDefault("date", "");
      if (WEAK.contains(dateFrom)) {
        out.add(Finding.info(file, "weak-date", "date " + m.published().get().iso() + " taken from the " + dateFrom.replace('-', ' ')));
      }
      // A day of slack: a date written in a time zone ahead of ours is not in the future.
      if (m.published().get().day().isAfter(today.plusDays(1))) {
        out.add(Finding.warning(file, "future-date", "date " + m.published().get().iso() + " is in the future"));
      }
    }
    if (m.source().isEmpty()) {
      out.add(Finding.warning(file, "no-source", "no source (add source: or url: to the front matter, or a Source: line)"));
    }
    if (a.bodyText().isBlank()) {
      out.add(Finding.warning(file, "empty-body", "no body text"));
    } else if (a.bodyText().contains(PLACEHOLDER_START)) {
      out.add(Finding.warning(file, "placeholder", "still holds gen new's placeholder text (\"" + PLACEHOLDER_START
          + " ...\"): write the article in its place"));
    }
  }

  static String shorten(String s) {
    return s.length() <= 70 ? s : s.substring(0, 67) + "...";
  }

  private MetadataRules() {}
}
