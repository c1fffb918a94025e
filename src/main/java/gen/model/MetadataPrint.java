package gen.model;

import gen.text.Fingerprint;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Fingerprint} of a {@link Metadata}, component by component and without reflection: equal
 * metadata, equal prints. Page keys take an article's metadata through it, once per article and
 * build, instead of walking every view made of it. Every component of {@link Metadata} and of the
 * records in it must be fed here; a test changes each in turn and fails when the print does not.
 */
final class MetadataPrint {
  private MetadataPrint() {}

  static byte[] of(Metadata m) {
    Fingerprint f = new Fingerprint();
    f.add("metadata/1");
    string(f, m.title());
    optional(f, m.slug());
    f.add(m.published().isPresent() ? 1 : 0);
    m.published().ifPresent(d -> {
      f.add(d.dateTime().toLocalDate().toEpochDay());
      f.add(d.dateTime().toLocalTime().toNanoOfDay());
      f.add(d.offset().map(o -> 1L + o.getTotalSeconds()).orElse(Long.MIN_VALUE));
      f.add(d.precision().ordinal());
    });
    f.add(m.saved().map(day -> day.toEpochDay()).orElse(Long.MIN_VALUE));
    strings(f, m.authors());
    f.add(m.source().isPresent() ? 1 : 0);
    m.source().ifPresent(s -> {
      string(f, s.name());
      optional(f, s.domain());
      optional(f, s.url());
    });
    optional(f, m.url());
    string(f, m.language());
    f.add(m.direction().ordinal());
    string(f, m.summary());
    optional(f, m.image());
    strings(f, m.tags());
    strings(f, m.entities().people());
    strings(f, m.entities().organizations());
    strings(f, m.entities().places());
    f.add(m.quotes().size());
    for (Quote q : m.quotes()) {
      string(f, q.text());
      optional(f, q.speaker());
    }
    f.add(m.wordCount());
    f.add(m.readingMinutes());
    f.add(m.draft() ? 1 : 0);
    f.add(m.provenance().size());
    for (Map.Entry<String, String> e : m.provenance().entrySet()) {
      string(f, e.getKey());
      string(f, e.getValue());
    }
    f.add(m.dateline().isPresent() ? 1 : 0);
    m.dateline().ifPresent(d -> {
      optional(f, d.place());
      optional(f, d.agency());
    });
    return f.bytes();
  }

  private static void string(Fingerprint f, String s) {
    f.addNullable(s);
  }

  private static void optional(Fingerprint f, Optional<String> s) {
    string(f, s.orElse(null));
  }

  private static void strings(Fingerprint f, List<String> list) {
    f.add(list.size());
    for (String s : list) string(f, s);
  }
}
