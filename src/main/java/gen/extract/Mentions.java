package gen.extract;

import java.util.List;
import java.util.Optional;

/**
 * The people of one article and the forms a paragraph may name each by (the full name, the first
 * word, the last word), to find who was named last before a quotation. One backward scan that stops
 * at the first form found, trying forms only where a character could start one: searching every
 * form of every person through every paragraph ({@code lastIndexOf} per form) was most of the time
 * quotes took.
 */
final class Mentions {
  private final List<String> people;
  /** By person, the forms in the order they are tried; ties go to the earlier person and form. */
  private final char[][][] forms;
  /** The first person with an empty form (which every text "ends with"), or -1. */
  private final int emptyForm;
  /** The first characters of forms: a bit per ASCII character, and the others listed. */
  private long asciiLow;
  private long asciiHigh;
  private final StringBuilder otherFirsts = new StringBuilder();

  Mentions(List<String> people) {
    this.people = people;
    forms = new char[people.size()][][];
    int empty = -1;
    for (int k = 0; k < forms.length; k++) {
      String p = people.get(k);
      String[] f = {p, p.split(" ")[0], p.substring(p.lastIndexOf(' ') + 1)};
      forms[k] = new char[f.length][];
      for (int j = 0; j < f.length; j++) {
        forms[k][j] = f[j].toCharArray();
        if (f[j].isEmpty()) {
          if (empty < 0) empty = k;
        } else {
          addFirst(f[j].charAt(0));
        }
      }
    }
    emptyForm = empty;
  }

  private void addFirst(char c) {
    if (c < 64) asciiLow |= 1L << c;
    else if (c < 128) asciiHigh |= 1L << (c - 64);
    else if (otherFirsts.indexOf(String.valueOf(c)) < 0) otherFirsts.append(c);
  }

  private boolean mayStart(char c) {
    if (c < 64) return (asciiLow & (1L << c)) != 0;
    if (c < 128) return (asciiHigh & (1L << (c - 64))) != 0;
    return otherFirsts.indexOf(String.valueOf(c)) >= 0;
  }

  /**
   * The person named last in {@code text[from..to)}: the one with a form that starts furthest on,
   * ties to the earlier person and form, as comparing each form's {@code lastIndexOf} in that
   * range would decide.
   */
  Optional<String> lastIn(char[] text, int from, int to) {
    if (people.isEmpty()) return Optional.empty();
    // An empty form is found at the very end, after anything else.
    if (emptyForm >= 0) return Optional.of(people.get(emptyForm));
    for (int i = to - 1; i >= from; i--) {
      if (!mayStart(text[i])) continue;
      for (int k = 0; k < forms.length; k++) {
        for (char[] form : forms[k]) {
          if (startsAt(text, i, to, form)) return Optional.of(people.get(k));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsAt(char[] text, int at, int to, char[] form) {
    if (form.length > to - at) return false;
    for (int j = 0; j < form.length; j++) {
      if (text[at + j] != form[j]) return false;
    }
    return true;
  }
}
