package gen.site;

import gen.model.DatePrecision;
import gen.model.Dateline;
import gen.model.Entities;
import gen.model.Metadata;
import gen.model.PublishedDate;
import gen.model.Quote;
import gen.model.Source;
import gen.model.TextDirection;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Metadata} in the extraction cache: its components in order, in binary. Read for every
 * article of the archive at each build, where JSON through reflection cost a third of loading a
 * cached archive. Every record is rebuilt through its canonical constructor, so a component added
 * to the model does not compile here until it is written and read too. Strings may be null (a
 * length of -1), as the model's records do not forbid it. Thread-safe: no state.
 */
final class MetadataCodec {
  /** Far more than any real field: a damaged file fails to load instead of asking for gigabytes. */
  private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;
  private static final int MAX_ITEMS = 1 << 20;

  private MetadataCodec() {}

  static void write(DataOutputStream out, Metadata m) throws IOException {
    string(out, m.title());
    optionalString(out, m.slug());
    out.writeBoolean(m.published().isPresent());
    if (m.published().isPresent()) {
      PublishedDate d = m.published().get();
      out.writeLong(d.dateTime().toEpochSecond(ZoneOffset.UTC));
      out.writeInt(d.dateTime().getNano());
      out.writeBoolean(d.offset().isPresent());
      if (d.offset().isPresent()) out.writeInt(d.offset().get().getTotalSeconds());
      out.writeByte(d.precision().ordinal());
    }
    out.writeBoolean(m.saved().isPresent());
    if (m.saved().isPresent()) out.writeLong(m.saved().get().toEpochDay());
    strings(out, m.authors());
    out.writeBoolean(m.source().isPresent());
    if (m.source().isPresent()) {
      Source s = m.source().get();
      string(out, s.name());
      optionalString(out, s.domain());
      optionalString(out, s.url());
    }
    optionalString(out, m.url());
    string(out, m.language());
    out.writeByte(m.direction().ordinal());
    string(out, m.summary());
    optionalString(out, m.image());
    strings(out, m.tags());
    strings(out, m.entities().people());
    strings(out, m.entities().organizations());
    strings(out, m.entities().places());
    out.writeInt(m.quotes().size());
    for (Quote q : m.quotes()) {
      string(out, q.text());
      optionalString(out, q.speaker());
    }
    out.writeInt(m.wordCount());
    out.writeInt(m.readingMinutes());
    out.writeBoolean(m.draft());
    out.writeInt(m.provenance().size());
    for (Map.Entry<String, String> e : m.provenance().entrySet()) {
      string(out, e.getKey());
      string(out, e.getValue());
    }
    out.writeBoolean(m.dateline().isPresent());
    if (m.dateline().isPresent()) {
      optionalString(out, m.dateline().get().place());
      optionalString(out, m.dateline().get().agency());
    }
  }

  static Metadata read(BinaryReader in) throws IOException {
    String title = string(in);
    Optional<String> slug = optionalString(in);
    Optional<PublishedDate> published = Optional.empty();
    if (in.readBoolean()) {
      LocalDateTime time = LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
      Optional<ZoneOffset> offset = in.readBoolean() ? Optional.of(ZoneOffset.ofTotalSeconds(in.readInt())) : Optional.empty();
      published = Optional.of(new PublishedDate(time, offset, of(DatePrecision.values(), in.readByte())));
    }
    Optional<LocalDate> saved = in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    List<String> authors = sharedStrings(in);
    Optional<Source> source = Optional.empty();
    if (in.readBoolean()) source = Optional.of(new Source(shared(in), optionalShared(in), optionalShared(in)));
    Optional<String> url = optionalString(in);
    String language = shared(in);
    TextDirection direction = of(TextDirection.values(), in.readByte());
    String summary = string(in);
    Optional<String> image = optionalString(in);
    List<String> tags = sharedStrings(in);
    Entities entities = new Entities(sharedStrings(in), sharedStrings(in), sharedStrings(in));
    int quoteCount = count(in);
    List<Quote> quotes = new ArrayList<>(quoteCount);
    for (int i = 0; i < quoteCount; i++) quotes.add(new Quote(string(in), optionalShared(in)));
    int wordCount = in.readInt();
    int readingMinutes = in.readInt();
    boolean draft = in.readBoolean();
    int provenanceCount = count(in);
    Map<String, String> provenance = new HashMap<>();
    for (int i = 0; i < provenanceCount; i++) provenance.put(shared(in), shared(in));
    Optional<Dateline> dateline =
        in.readBoolean() ? Optional.of(new Dateline(optionalShared(in), optionalShared(in))) : Optional.empty();
    return new Metadata(title, slug, published, saved, authors, source, url, language, direction, summary, image,
        tags, entities, quotes, wordCount, readingMinutes, draft, provenance, dateline);
  }

  private static <E extends Enum<E>> E of(E[] values, int ordinal) throws IOException {
    if (ordinal < 0 || ordinal >= values.length) throw new EOFException("bad value");
    return values[ordinal];
  }

  private static int count(BinaryReader in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ITEMS) throw new EOFException("bad count");
    return n;
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) string(out, s);
  }

  private static List<String> sharedStrings(BinaryReader in) throws IOException {
    int n = count(in);
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) list.add(shared(in));
    return list;
  }

  private static void optionalString(DataOutputStream out, Optional<String> s) throws IOException {
    out.writeBoolean(s.isPresent());
    if (s.isPresent()) string(out, s.get());
  }

  private static Optional<String> optionalString(BinaryReader in) throws IOException {
    return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
  }

  private static Optional<String> optionalShared(BinaryReader in) throws IOException {
    return in.readBoolean() ? Optional.of(shared(in)) : Optional.empty();
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(BinaryReader in) throws IOException {
    return in.readString(MAX_STRING_BYTES);
  }

  /** For what recurs from article to article (names, languages, provenance): kept once per shard. */
  private static String shared(BinaryReader in) throws IOException {
    return in.sharedString(MAX_STRING_BYTES);
  }
}
