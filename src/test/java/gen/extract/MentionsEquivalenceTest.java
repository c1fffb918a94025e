package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The in-place search for the person mentioned last against the version it replaced (split each
 * name and search a substring, paragraph by paragraph), on random paragraphs mixing names, parts of
 * names, quotations and speech verbs.
 */
class MentionsEquivalenceTest {
  private static final String[] PEOPLE = {"Jane Doe", "Xi Jinping", "Doe", "Ana María López", "Li", "O’Neil Smith", "Jan "};
  private static final String[] PIECES = {
      "Jane", "Doe", "Jane Doe", "Xi", "Jinping", "Xi Jinping", "López", "Ana", "Li", "Smith", "O’Neil",
      "“The council will meet again next week,”", "“We have agreed on the budget for the year", "said", "he said.",
      "she wrote", "told reporters", "in Geneva", "the minister", ",", ".", "«Nous avons signé l’accord hier soir»",
      "\"A plain quotation that is long enough\"", "”", "“", "Jan", "Jane Doe said:"};

  @Test
  void the_in_place_search_finds_who_the_substring_search_found() {
    Random random = new Random(20261127);
    for (int run = 0; run < 3000; run++) {
      List<String> people = new ArrayList<>();
      for (String p : PEOPLE) if (random.nextInt(p.endsWith(" ") ? 20 : 3) > 0) people.add(p);
      List<String> paragraphs = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int k = 0; k < n; k++) {
        StringBuilder p = new StringBuilder();
        int pieces = random.nextInt(30);
        for (int i = 0; i < pieces; i++) p.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        paragraphs.add(p.toString());
      }
      Mentions mentions = new Mentions(people);
      for (String p : paragraphs) {
        for (int from = 0; from <= p.length(); from += 1 + random.nextInt(7)) {
          int to = from + random.nextInt(p.length() - from + 1);
          assertEquals(Reference.lastMentioned(p.substring(from, to), people),
              mentions.lastIn(p.toCharArray(), from, to), p + " [" + from + ", " + to + ")");
        }
      }
    }
  }

  /** The search as it was, kept as the oracle. */
  private static final class Reference {
    static Optional<String> lastMentioned(String text, List<String> people) {
      int best = -1;
      String who = null;
      for (String p : people) {
        for (String form : new String[] {p, p.split(" ")[0], p.substring(p.lastIndexOf(' ') + 1)}) {
          int i = text.lastIndexOf(form);
          if (i > best) {
            best = i;
            who = p;
          }
        }
      }
      return Optional.ofNullable(who);
    }
  }
}
