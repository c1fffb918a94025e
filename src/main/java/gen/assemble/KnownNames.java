package gen.assemble;

import gen.model.TermKind;
import gen.text.NameForms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Well-known places and organizations and the other ways news writes them ("US", "U.S.", "USA",
 * "America" are the United States), from {@code known-names.txt} beside this class.
 */
public final class KnownNames {
  /** One well-known name: how its page is titled, and what kind of name it is. */
  record Known(String name, TermKind kind) {}

  private static final Map<String, Known> BY_FOLDED = load();

  private KnownNames() {}

  /** The well-known name a spelling (already {@linkplain NameForms#fold folded}) stands for. */
  static Optional<Known> of(String folded) {
    return Optional.ofNullable(BY_FOLDED.get(folded));
  }

  /** Whether a name is one of the well-known names or their other spellings ("NATO", "U.S."). */
  public static boolean contains(String name) {
    return BY_FOLDED.containsKey(NameForms.fold(NameForms.cleanOther(name)));
  }

  private static Map<String, Known> load() {
    Map<String, Known> out = new HashMap<>();
    try (var in = KnownNames.class.getResourceAsStream("known-names.txt")) {
      if (in == null) throw new IllegalStateException("missing resource gen/assemble/known-names.txt");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] parts = line.split("\\|");
        if (parts.length != 3) throw new IllegalStateException("known-names.txt: not 'name | kind | others': " + line);
        String name = parts[0].strip();
        Known known = new Known(name, kindOf(parts[1].strip()));
        out.put(NameForms.fold(name), known);
        for (String other : parts[2].split(",")) {
          if (!other.isBlank()) out.put(NameForms.fold(other.strip()), known);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  private static TermKind kindOf(String word) {
    return switch (word) {
      case "place" -> TermKind.PLACE;
      case "organization" -> TermKind.ORGANIZATION;
      case "person" -> TermKind.PERSON;
      default -> throw new IllegalStateException("known-names.txt: unknown kind " + word);
    };
  }
}
