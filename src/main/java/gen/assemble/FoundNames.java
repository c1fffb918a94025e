package gen.assemble;

import gen.model.Article;
import gen.model.TermKind;
import gen.text.NameForms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people, organizations and places of every article as the terms they stand for, so that one
 * person, organization or place has one page however the articles write it:
 *
 * <ul>
 *   <li>a possessive or a title is no part of a name ("Starmer's", "Mr Starmer", "Sir Keir
 *       Starmer" are Keir Starmer's), nor is a leading "the" of an organization or a place;
 *   <li>case, accents, full stops and hyphens do not count ({@link NameForms#fold}), nor do a
 *       person's middle initials ("Donald J. Trump");
 *   <li>a well-known name's other spellings are that name ("US", "U.S.", "USA" are the United
 *       States: {@link KnownNames}), of the kind the table gives;
 *   <li>a one-word person is the person whose last name it is when only one such person is known:
 *       first among the article's own people, else in the whole archive; with two ("Jane Smith",
 *       "John Smith"), "Smith" stays a name of its own.
 * </ul>
 */
final class FoundNames {
  static final List<TermKind> KINDS = List.of(TermKind.PERSON, TermKind.ORGANIZATION, TermKind.PLACE);

  /**
   * One name of one article as its term has it.
   *
   * @param raw the name as the article's metadata has it
   * @param key the term's key: every name of one term has the same
   * @param spelling the name without possessive or title: what "also written as" shows
   * @param shown the name this occurrence would give the term's page
   * @param rank how good {@code shown} is as the page's name: 2 the name itself, 1 a full name
   *     written another way (with a middle initial), 0 a short form ("Trump")
   */
  record Named(String raw, String key, String spelling, String shown, int rank) {}

  /** Per kind, per article (in the archive's order), its names: one per term, in its order. */
  private final Map<TermKind, List<List<Named>>> byKind = new EnumMap<>(TermKind.class);

  private FoundNames() {}

  /** @param articles in the archive's order */
  static FoundNames of(List<Article> articles) {
    FoundNames out = new FoundNames();
    for (TermKind k : KINDS) {
      List<List<Named>> lists = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) lists.add(new ArrayList<>());
      out.byKind.put(k, lists);
    }
    // Names repeat across an archive: each distinct one is cleaned and folded once.
    Map<TermKind, Map<String, Classified>> seen = new EnumMap<>(TermKind.class);
    for (TermKind k : KINDS) seen.put(k, new HashMap<>());
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      for (TermKind found : KINDS) {
        Map<String, Classified> cache = seen.get(found);
        for (String raw : ArticleTerms.names(a, found)) {
          Classified c = cache.computeIfAbsent(raw, r -> classify(r, found));
          if (c != null) out.byKind.get(c.kind()).get(i).add(c.named());
        }
      }
    }
    out.resolveLastNames();
    return out;
  }

  /** Per article (in the archive's order), its names of one kind. */
  List<List<Named>> of(TermKind kind) {
    return byKind.get(kind);
  }

  private record Classified(TermKind kind, Named named) {}

  /** A name's kind and term key, before last names are looked at; null for a name that is nothing. */
  private static Classified classify(String raw, TermKind found) {
    String spelling = found == TermKind.PERSON ? NameForms.cleanPerson(raw) : NameForms.cleanOther(raw);
    String folded = NameForms.fold(spelling);
    if (folded.isEmpty()) return null;
    var known = KnownNames.of(folded);
    if (known.isPresent()) {
      String name = known.get().name();
      return new Classified(known.get().kind(), new Named(raw, NameForms.fold(name), spelling, name, 2));
    }
    if (found != TermKind.PERSON) return new Classified(found, new Named(raw, folded, spelling, spelling, 2));
    String key = NameForms.personKey(spelling);
    return new Classified(found, new Named(raw, key, spelling, spelling, key.equals(folded) ? 2 : 1));
  }

  /** One-word people who are a known person by last name get that person's key. */
  private void resolveLastNames() {
    List<List<Named>> people = byKind.get(TermKind.PERSON);
    Set<String> fullNames = new HashSet<>();
    for (List<Named> list : people) {
      for (Named n : list) {
        if (n.key().indexOf(' ') > 0) fullNames.add(n.key());
      }
    }
    Map<String, String> surnameOf = new HashMap<>(fullNames.size() * 2);
    Map<String, Set<String>> bySurname = new HashMap<>();
    for (String full : fullNames) {
      String surname = NameForms.surname(full);
      surnameOf.put(full, surname);
      bySurname.computeIfAbsent(surname, s -> new HashSet<>()).add(full);
    }
    Map<String, Set<String>> own = new HashMap<>();
    for (List<Named> list : people) {
      if (!hasSingleWord(list)) continue;
      own.clear();
      for (Named n : list) {
        if (n.key().indexOf(' ') > 0) own.computeIfAbsent(surnameOf.get(n.key()), s -> new HashSet<>()).add(n.key());
      }
      for (int j = 0; j < list.size(); j++) {
        Named n = list.get(j);
        if (n.key().indexOf(' ') >= 0) continue;
        Set<String> candidates = own.getOrDefault(n.key(), bySurname.getOrDefault(n.key(), Set.of()));
        if (candidates.size() == 1) {
          list.set(j, new Named(n.raw(), candidates.iterator().next(), n.spelling(), n.spelling(), 0));
        }
      }
    }
  }

  private static boolean hasSingleWord(List<Named> list) {
    for (Named n : list) {
      if (n.key().indexOf(' ') < 0) return true;
    }
    return false;
  }
}
