package gen.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms of a name found in an article's text. {@link #clean} takes off what is not the name
 * (a possessive "'s", a title such as "Mr" or "Prime Minister"); {@link #fold} gives the key all of
 * a name's spellings share: case, accents, full stops, apostrophes and hyphens do not count, so
 * "U.S." and "US", "José" and "Jose" fold alike. Stateless and thread-safe.
 */
public final class NameForms {
  /** Titles, longest first, each with the space that must follow it. */
  private static final List<String> TITLES = loadTitles();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameForms() {}

  /** A name without a closing possessive: "Starmer's", "Starmer’s" and "Reuters'" lose it. */
  public static String withoutPossessive(String name) {
    String n = name.strip();
    int len = n.length();
    if (len > 3 && (n.endsWith("'s") || n.endsWith("’s") || n.endsWith("'S") || n.endsWith("’S"))) {
      return n.substring(0, len - 2).stripTrailing();
    }
    if (len > 2 && (n.endsWith("'") || n.endsWith("’")) && Character.toLowerCase(n.charAt(len - 2)) == 's') {
      return n.substring(0, len - 1);
    }
    return n;
  }

  /**
   * A person's name without the titles before it ("Sir Keir Starmer" is "Keir Starmer"); the name
   * as it is when nothing would be left.
   */
  public static String withoutTitles(String name) {
    String n = name;
    boolean again = true;
    while (again) {
      again = false;
      for (String title : TITLES) {
        int end = title.length();
        if (n.length() > end && n.regionMatches(true, 0, title, 0, end)
            && (title.endsWith(".") || Character.isWhitespace(n.charAt(end)))) {
          String rest = n.substring(title.length()).stripLeading();
          if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) {
            n = rest;
            again = true;
            break;
          }
        }
      }
    }
    return n;
  }

  /** A person's name as it names the person: no possessive and no titles. */
  public static String cleanPerson(String name) {
    return withoutTitles(withoutPossessive(name));
  }

  /**
   * An organization's or a place's name as it names it: no possessive, and no leading "the"
   * ("the United Nations" is the United Nations).
   */
  public static String cleanOther(String name) {
    String n = withoutPossessive(name);
    if (n.length() > 4 && n.regionMatches(true, 0, "the ", 0, 4)) {
      String rest = n.substring(4).stripLeading();
      if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) return rest;
    }
    return n;
  }

  /**
   * The key all spellings of a name share: lower case, accents folded, full stops and apostrophes
   * dropped, hyphens and runs of white space one space. "U.S." and "US" are "us"; "Jean-Luc
   * Mélenchon" is "jean luc melenchon".
   */
  public static String fold(String name) {
    String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'' || c == '’' || c == '‘') continue;
      if (c == '-' || c == '‐' || c == '–' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) out.append(' ');
      space = false;
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /**
   * The key of a person's name: its {@link #fold}, without middle initials ("Donald J. Trump" is
   * "donald trump"). A first or last initial stays: "J. Smith" is not John Smith's key.
   */
  public static String personKey(String name) {
    String f = fold(name);
    String[] words = f.split(" ");
    if (words.length < 3) return f;
    StringBuilder out = new StringBuilder(f.length()).append(words[0]);
    for (int i = 1; i < words.length; i++) {
      if (i < words.length - 1 && words[i].length() == 1) continue;
      out.append(' ').append(words[i]);
    }
    return out.toString();
  }

  /** The last word of a folded name that is a surname: "martin luther king jr" is "king". */
  public static String surname(String foldedName) {
    String[] words = foldedName.split(" ");
    for (int i = words.length - 1; i > 0; i--) {
      if (!SUFFIXES.contains(words[i])) return words[i];
    }
    return words[words.length - 1];
  }

  private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7E) return false;
    }
    return true;
  }

  private static List<String> loadTitles() {
    List<String> titles = new ArrayList<>();
    try (var in = NameForms.class.getResourceAsStream("/gen/text/name-titles.txt")) {
      if (in == null) throw new IllegalStateException("missing resource gen/text/name-titles.txt");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) continue;
        // "Dr" and "Dr." both: the full stop is part of what is taken off.
        titles.add(t + ".");
        titles.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    titles.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(titles);
  }
}
