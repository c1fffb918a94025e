package gen.extract;

import gen.model.Entities;
import gen.read.FrontMatter;
import gen.text.NameForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What front matter says about the names found in an article's text: {@code people}, {@code
 * organizations} and {@code places} add names (first, in the order written); {@code not_people},
 * {@code not_organizations} and {@code not_places} take names away, however the text writes them
 * ("Trump" takes away "Trump", "Mr Trump" and "TRUMP's", not "Donald Trump").
 */
final class FrontMatterEntities {
  static final List<String> KEYS =
      List.of("people", "organizations", "places", "not_people", "not_organizations", "not_places");

  private FrontMatterEntities() {}

  /** Whether the front matter says anything about names. */
  static boolean corrects(FrontMatter fm) {
    for (String k : KEYS) {
      if (fm.has(k)) return true;
    }
    return false;
  }

  static Entities apply(Entities found, FrontMatter fm) {
    if (fm.isEmpty() || !corrects(fm)) return found;
    return new Entities(
        corrected(found.people(), fm.strings("people"), fm.strings("not_people"), NameForms::personKey, NameForms::cleanPerson),
        corrected(found.organizations(), fm.strings("organizations"), fm.strings("not_organizations"), NameForms::fold, NameForms::cleanOther),
        corrected(found.places(), fm.strings("places"), fm.strings("not_places"), NameForms::fold, NameForms::cleanOther));
  }

  private static List<String> corrected(List<String> found, List<String> added, List<String> removed,
      UnaryOperator<String> keyOf, UnaryOperator<String> clean) {
    Set<String> gone = new HashSet<>();
    for (String r : removed) gone.add(keyOf.apply(clean.apply(r)));
    Set<String> addedKeys = new HashSet<>();
    List<String> out = new ArrayList<>(added.size() + found.size());
    for (String a : added) {
      String key = keyOf.apply(clean.apply(a));
      if (!key.isEmpty() && !gone.contains(key) && addedKeys.add(key)) out.add(a);
    }
    for (String f : found) {
      String key = keyOf.apply(clean.apply(f));
      // A name the front matter adds is listed once, as the front matter writes it.
      if (!gone.contains(key) && !addedKeys.contains(key)) out.add(f);
    }
    return out;
  }
}
