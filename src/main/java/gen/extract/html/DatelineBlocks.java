package gen.extract.html;

import gen.extract.DateParser;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A block of the body that is only a time stamp ("PUBLISHED: 10:48, Tue, Nov 19, 2019 |
 * UPDATED: 11:05", "Publicado em 19/11/2019 às 10h48"): the date is shown as metadata, and no
 * sentence of the article reads like that. Dates are found by {@link DateParser}; what may stand
 * beside them is a time, a label, a weekday or a time zone. Only whole blocks are judged: a
 * date inside a sentence or a citation ("Retrieved 9 October 2018") is part of the text.
 */
final class DatelineBlocks {
  private static final int MAX_LENGTH = 120;
  private static final String BLOCKS = "p, div, h4, h5, h6, header";
  private static final Pattern TIME =
      Pattern.compile("(?iu)\\b\\d{1,2}[:h.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?!\\d)");
  private static final Pattern LABELS =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:first|last|published|updated|posted|modified|created|date[d]?|on|at|"
              + "publicado|actualizado|atualizado|em|el|às|a\\s+las|publié|mis\\s+à\\s+jour|le|à|"
              + "veröffentlicht|aktualisiert|am|um|uhr|stand|pubblicato|aggiornato|alle|ore|"
              + "gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publikováno|aktualizováno|"
              + "опубликовано|обновлено|в|diterbitkan|diperbarui|pukul|"
              + "mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
              + "gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|jst|kst|wib|brt|aest|aedt)(?!\\p{L})");
  /** What may be left once dates, times and labels are gone: stray letters, not a word. */
  private static final int MAX_REST_LETTERS = 3;

  static void remove(Element content) {
    for (Element e : content.select(BLOCKS)) {
      if (e == content || e.parent() == null) continue;
      if (e.closest("pre, table, blockquote, code") == null && isDateline(e.text())) e.remove();
    }
  }

  static boolean isDateline(String text) {
    if (text.length() > MAX_LENGTH || text.isBlank()) return false;
    String rest = text;
    int dates = 0;
    for (var m = DateParser.find(rest); m.isPresent() && dates < 4; m = DateParser.find(rest)) {
      rest = rest.substring(0, m.get().start()) + " " + rest.substring(m.get().end());
      dates++;
    }
    if (dates == 0) return false;
    rest = LABELS.matcher(TIME.matcher(rest).replaceAll(" ")).replaceAll(" ");
    int letters = 0;
    for (int i = 0; i < rest.length(); i++) if (Character.isLetterOrDigit(rest.charAt(i))) letters++;
    return letters <= MAX_REST_LETTERS;
  }

  private DatelineBlocks() {}
}
