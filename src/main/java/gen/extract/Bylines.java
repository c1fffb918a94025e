package gen.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads author names out of a byline such as {@code By Jane Doe and John Roe}. */
public final class Bylines {
  private static final Pattern BY =
      Pattern.compile("(?iu)^(?:by|par|von|por|di|door|av|af|от|автор:?)\\s+(.+)$");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");

  /** Author names if the line is a byline ("By ..."), else empty. */
  public static Optional<List<String>> parse(String line) {
    var m = BY.matcher(line.strip());
    if (!m.matches()) return Optional.empty();
    List<String> names = names(m.group(1));
    if (names.isEmpty()) return Optional.empty();
    return Optional.of(names);
  }

  /** Splits "A, B and C" into names; drops what does not look like a name. */
  public static List<String> names(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    // "Jane Doe | Reuters", "Jane Doe - Staff writer": keep what precedes a separator.
    t = t.replaceFirst("\\s+[|•·–—]\\s+.*$", "");
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String part : SPLIT.split(t)) {
      String name = part.strip().replaceAll("[.,;:]+$", "");
      if (looksLikeName(name)) out.add(name);
    }
    return new ArrayList<>(out);
  }

  static boolean looksLikeName(String s) {
    if (s.isEmpty() || s.length() > 60) return false;
    String[] words = s.split(" ");
    if (words.length > 6) return false;
    if (!Character.isLetter(s.codePointAt(0))) return false;
    // A name's words start with a capital (in scripts that have them); "the staff" is not a name.
    int lowerStarts = 0;
    for (String w : words) {
      int c = w.codePointAt(0);
      if (Character.isLowerCase(c)) lowerStarts++;
    }
    return lowerStarts <= words.length / 2;
  }

  private Bylines() {}
}
