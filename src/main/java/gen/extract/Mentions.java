package gen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of one article and the forms a paragraph may name each by (the full name, the first
 * word, the last word), to find who was named last before a quotation. One backward scan that stops
 * at the first form found, trying at each character only the forms that start with it: searching
 * every form of every person through every paragraph ({@code lastIndexOf} per form) was most of
 * the time quotes took, and so was trying every form at every capital letter.
 */
final class Mentions {
  private final List<String> people;
  /** The first person with an empty form (which every text "ends with"), or -1. */
  private final int emptyForm;
  /**
   * By first character (ASCII here, others in {@link #otherStarts}): the forms that start with
   * it, in the order they are tried (person by person, each person's forms in order), so that the
   * first one found is the one the tie goes to. Null for a character that starts none.
   */
  private final Form[][] asciiStarts = new Form[128][];
  private final Map<Character, Form[]> otherStarts = new HashMap<>();

  private record Form(int person, char[] chars) {}

  Mentions(List<String> people) {
    this.people = people;
    Map<Character, List<Form>> byFirst = new HashMap<>();
    int empty = -1;
    for (int k = 0; k < people.size(); k++) {
      String p = people.get(k);
      for (String f : new String[] {p, p.split(" ")[0], p.substring(p.lastIndexOf(' ') + 1)}) {
        if (f.isEmpty()) {
          if (empty < 0) empty = k;
        } else {
          byFirst.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(new Form(k, f.toCharArray()));
        }
      }
    }
    emptyForm = empty;
    byFirst.forEach((c, forms) -> {
      Form[] array = forms.toArray(Form[]::new);
      if (c < 128) asciiStarts[c] = array;
      else otherStarts.put(c, array);
    });
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
    boolean others = !otherStarts.isEmpty();
    for (int i = to - 1; i >= from; i--) {
      char c = text[i];
      Form[] forms = c < 128 ? asciiStarts[c] : others ? otherStarts.get(c) : null;
      if (forms == null) continue;
      for (Form form : forms) {
        if (startsAt(text, i, to, form.chars())) return Optional.of(people.get(form.person()));
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
