package gen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gen.model.DatePrecision;
import gen.model.Entities;
import gen.model.Metadata;
import gen.model.PublishedDate;
import gen.model.Quote;
import gen.model.Source;
import gen.model.TextDirection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataCodecTest {
  private static byte[] write(Metadata m) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      MetadataCodec.write(out, m);
    }
    return bytes.toByteArray();
  }

  private static Metadata read(byte[] b) throws IOException {
    return MetadataCodec.read(new BinaryReader(b));
  }

  @Test
  void every_component_comes_back_as_it_was() throws IOException {
    Metadata full = new Metadata(
        "Ζήτω “title”", Optional.of("slug"),
        Optional.of(new PublishedDate(LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_000_000), Optional.of(ZoneOffset.ofHoursMinutes(-3, -30)), DatePrecision.TIME)),
        Optional.of(LocalDate.of(1969, 7, 20)), List.of("A. Writer", "B. Writer"),
        Optional.of(new Source("CGTN", Optional.of("cgtn.com"), Optional.of("https://cgtn.com/"))),
        Optional.of("https://example.org/a"), "ar", TextDirection.RTL, "Summary 😀", Optional.of("https://example.org/p.jpg"),
        List.of("tag one", "tag two"), new Entities(List.of("Xi Jinping"), List.of("UN"), List.of("Geneva", "Москва")),
        List.of(new Quote("We will.", Optional.of("Xi Jinping")), new Quote("Unattributed.", Optional.empty())),
        1234, 6, true, Map.of("title", "front-matter", "date", "dateline"),
        Optional.of(new gen.model.Dateline(Optional.of("MOSCOW"), Optional.of("Xinhua"))));
    Metadata place = new Metadata(full.title(), full.slug(), full.published(), full.saved(), full.authors(), full.source(),
        full.url(), full.language(), full.direction(), full.summary(), full.image(), full.tags(), full.entities(),
        full.quotes(), full.wordCount(), full.readingMinutes(), full.draft(), full.provenance(),
        Optional.of(new gen.model.Dateline(Optional.of("WASHINGTON"), Optional.empty())));
    Metadata sparse = new Metadata(
        "", Optional.empty(), Optional.of(PublishedDate.ofMonth(1999, 12)), Optional.empty(), List.of(), Optional.of(new Source("Name only", Optional.empty(), Optional.empty())),
        Optional.empty(), "und", TextDirection.LTR, "", Optional.empty(), List.of(), Entities.NONE, List.of(), 0, 0, false, Map.of());
    for (Metadata m : List.of(full, place, sparse)) assertEquals(m, read(write(m)));
  }

  @Test
  void a_cut_record_fails_to_read() throws IOException {
    Metadata m = new Metadata("Title", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), "en", TextDirection.LTR, "Summary", Optional.empty(), List.of("t"), Entities.NONE, List.of(), 1, 1, false, Map.of());
    byte[] b = write(m);
    assertThrows(IOException.class, () -> read(Arrays.copyOf(b, b.length - 3)));
  }
}
