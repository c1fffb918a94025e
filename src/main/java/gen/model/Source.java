package gen.model;

import java.util.Optional;

/** Where an article was published: a name ("CGTN"), a domain ("cgtn.com") and a link. */
public record Source(String name, Optional<String> domain, Optional<String> url) {
  public static Source ofDomain(String domain) {
    String d = domain.toLowerCase(java.util.Locale.ROOT);
    return new Source(d, Optional.of(d), Optional.of("https://" + d + "/"));
  }
}
