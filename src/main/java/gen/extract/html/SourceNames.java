package gen.extract.html;

import gen.extract.Urls;
import gen.model.Source;
import java.util.Optional;

/** A publisher named by a page, linked to the page's domain when its address is known. */
final class SourceNames {
  static Source of(String name, Optional<String> pageUrl) {
    Optional<String> domain = pageUrl.flatMap(Urls::domain);
    return new Source(name, domain, domain.map(d -> "https://" + d + "/"));
  }

  private SourceNames() {}
}
