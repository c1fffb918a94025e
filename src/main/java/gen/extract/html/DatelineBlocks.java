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

  /** A byline line: "By Jane Doe", "Von Max Muster und Erika Muster", no sentence after it. */
  private static final Pattern BYLINE_LINE =
      Pattern.compile("(?u)(?i:by|von|par|por|door|av|af)\\s+\\p{Lu}[^.!?:;]{0,50}");
  /** Text this long in one element, told directly rather than by its children, is the story begun. */
  private static final int PROSE_CHARS = 40;

  static void remove(Element content) {
    for (Element e : content.select(BLOCKS)) {
      if (e == content || e.parent() == null) continue;
      if (e.closest("pre, table, blockquote, code") == null && isDateline(e.text())) e.remove();
    }
    removeLeadingLines(content);
  }

  /** Blocks whose text is read as a whole: a date inside one is part of its sentence. */
  private static final java.util.Set<String> TEXT_BLOCKS =
      java.util.Set.of("p", "li", "ul", "ol", "dl", "blockquote", "pre", "code", "table", "figure", "figcaption",
          "h1", "h2", "h3", "h4", "h5", "h6");
  /** What separates a byline from its date: "By Jane Doe | June 2, 2024", "Jane Doe · 02.06.2024". */
  private static final Pattern SEPARATORS = Pattern.compile("[|·•,–—-]+");

  /**
   * Above the story's first sentence, an element that is only a date ({@code <time>June 2,
   * 2024</time>}, a {@code <span>} beside the byline) or only a byline ("By Jane Doe | June 2,
   * 2024") is the page's header shown again: the date and authors are metadata. Below the first
   * sentence nothing is taken, so a date or a "By ..." line inside the text stays.
   */
  /** False once the story's first sentence is reached. */
  static boolean removeLeadingLines(Element parent) {
    for (Element e : new java.util.ArrayList<>(parent.children())) {
      String text = e.text();
      if (isHeaderLine(e, text)) {
        e.remove();
        continue;
      }
      if (TEXT_BLOCKS.contains(e.normalName())) {
        if (text.length() >= PROSE_CHARS) return false;
        continue;
      }
      if (e.ownText().length() >= PROSE_CHARS || !removeLeadingLines(e)) return false;
    }
    return true;
  }

  private static boolean isHeaderLine(Element e, String text) {
    if (text.isBlank() || text.length() > MAX_LENGTH || e.nameIs("pre") || e.nameIs("code") || e.nameIs("blockquote")
        || e.selectFirst("img, picture, video, iframe, table, pre, code") != null) {
      return false;
    }
    if (isDateline(text)) return true;
    String rest = SEPARATORS.matcher(TIME.matcher(withoutDates(text)).replaceAll(" ")).replaceAll(" ").strip();
    return BYLINE_LINE.matcher(rest).matches();
  }

  private static String withoutDates(String text) {
    String rest = text;
    int dates = 0;
    for (var m = DateParser.find(rest); m.isPresent() && dates < 4; m = DateParser.find(rest)) {
      rest = rest.substring(0, m.get().start()) + " " + rest.substring(m.get().end());
      dates++;
    }
    return rest;
  }

  static boolean isDateline(String text) {
    if (text.length() > MAX_LENGTH || text.isBlank()) return false;
    String rest = withoutDates(text);
    if (rest.equals(text)) return false;
    rest = LABELS.matcher(TIME.matcher(rest).replaceAll(" ")).replaceAll(" ");
    int letters = 0;
    for (int i = 0; i < rest.length(); i++) if (Character.isLetterOrDigit(rest.charAt(i))) letters++;
    return letters <= MAX_REST_LETTERS;
  }

  private DatelineBlocks() {}
}
