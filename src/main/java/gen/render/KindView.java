package gen.render;

import gen.model.TermKind;

/**
 * A kind of term as templates see it.
 *
 * @param id {@code source}, {@code tag}, {@code person}, {@code organization} or {@code place}
 * @param path the kind's index page, e.g. {@code people/index.html}
 * @param termCount the terms with pages of their own, those its index lists
 * @param found names found in the text (people, organizations, places), which get a page only
 *     when more than one article has them
 */
public record KindView(String id, String singular, String plural, String path, int termCount, boolean found) {
  static KindView of(TermKind kind, int termCount) {
    return new KindView(
        kind.name().toLowerCase(java.util.Locale.ROOT), kind.singular(), kind.plural(), kind.folder() + "/index.html",
        termCount, kind.found());
  }
}
