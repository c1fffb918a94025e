package gen.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link MetadataPrint} must see every component of {@link Metadata} and of the records inside it:
 * a page key made from a print that missed one would keep a stale page. This test makes, for
 * every component at every depth, metadata that differs in that component alone, and wants a
 * different print. A component of a type it does not know fails it, until both learn the type.
 */
class MetadataPrintTest {
  private static final Metadata FULL = new Metadata(
      "Ζήτω “title”", Optional.of("slug"),
      Optional.of(new PublishedDate(LocalDateTime.of(2024, 2, 29, 23, 59, 58, 123_000_000),
          Optional.of(ZoneOffset.ofHoursMinutes(-3, -30)), DatePrecision.TIME)),
      Optional.of(LocalDate.of(1969, 7, 20)), List.of("A. Writer", "B. Writer"),
      Optional.of(new Source("CGTN", Optional.of("cgtn.com"), Optional.of("https://cgtn.com/"))),
      Optional.of("https://example.org/a"), "ar", TextDirection.RTL, "Summary 😀", Optional.of("https://example.org/p.jpg"),
      List.of("tag one", "tag two"), new Entities(List.of("Xi Jinping"), List.of("UN"), List.of("Geneva", "Москва")),
      List.of(new Quote("We will.", Optional.of("Xi Jinping")), new Quote("Unattributed.", Optional.of("Someone"))),
      1234, 6, true, Map.of("title", "front-matter", "date", "dateline"),
      Optional.of(new Dateline(Optional.of("MOSCOW"), Optional.of("Xinhua"))));

  @Test
  void equal_metadata_have_equal_prints() {
    Metadata copy = new Metadata(FULL.title(), FULL.slug(), FULL.published(), FULL.saved(), new ArrayList<>(FULL.authors()),
        FULL.source(), FULL.url(), FULL.language(), FULL.direction(), FULL.summary(), FULL.image(), FULL.tags(),
        FULL.entities(), FULL.quotes(), FULL.wordCount(), FULL.readingMinutes(), FULL.draft(), new LinkedHashMap<>(FULL.provenance()),
        FULL.dateline());
    assertEquals(FULL, copy);
    assertArrayEquals(FULL.fingerprint(), copy.fingerprint());
  }

  @Test
  void a_change_in_any_component_at_any_depth_changes_the_print() {
    byte[] print = FULL.fingerprint();
    List<Object> variants = variants(Metadata.class, FULL);
    int tried = 0;
    for (Object v : variants) {
      Metadata m = (Metadata) v;
      if (m.equals(FULL)) continue;
      tried++;
      assertFalse(Arrays.equals(print, m.fingerprint()), "same print for " + m);
    }
    assertTrue(tried >= 40, "only " + tried + " variants");
  }

  @Test
  void moving_text_between_neighbouring_strings_changes_the_print() {
    Metadata a = withTags(List.of("ab", "c"));
    Metadata b = withTags(List.of("a", "bc"));
    assertFalse(Arrays.equals(a.fingerprint(), b.fingerprint()));
    assertFalse(Arrays.equals(withTags(List.of("")).fingerprint(), withTags(List.of()).fingerprint()));
  }

  private static Metadata withTags(List<String> tags) {
    return new Metadata(FULL.title(), FULL.slug(), FULL.published(), FULL.saved(), FULL.authors(), FULL.source(),
        FULL.url(), FULL.language(), FULL.direction(), FULL.summary(), FULL.image(), tags, FULL.entities(),
        FULL.quotes(), FULL.wordCount(), FULL.readingMinutes(), FULL.draft(), FULL.provenance(), FULL.dateline());
  }

  /** Values like {@code value} that differ from it in one place each. */
  private static List<Object> variants(Type type, Object value) {
    Class<?> raw = raw(type);
    List<Object> out = new ArrayList<>();
    if (raw == String.class) {
      out.add(value + "x");
      out.add("");
      out.add(null);
    } else if (raw == int.class) {
      out.add((int) value + 1);
    } else if (raw == boolean.class) {
      out.add(!(boolean) value);
    } else if (raw.isEnum()) {
      for (Object c : raw.getEnumConstants()) if (c != value) out.add(c);
    } else if (raw == LocalDate.class) {
      out.add(((LocalDate) value).plusDays(1));
    } else if (raw == LocalDateTime.class) {
      out.add(((LocalDateTime) value).plusDays(1));
      out.add(((LocalDateTime) value).plusNanos(1));
    } else if (raw == ZoneOffset.class) {
      out.add(ZoneOffset.ofTotalSeconds(((ZoneOffset) value).getTotalSeconds() + 60));
    } else if (raw == Optional.class) {
      Optional<?> o = (Optional<?>) value;
      out.add(Optional.empty());
      for (Object v : variants(argument(type, 0), o.orElseThrow())) if (v != null) out.add(Optional.of(v));
    } else if (raw == List.class) {
      List<?> list = (List<?>) value;
      out.add(list.subList(0, list.size() - 1));
      List<Object> longer = new ArrayList<>(list);
      longer.add(list.get(0));
      out.add(longer);
      for (Object v : variants(argument(type, 0), list.get(0))) {
        if (v == null) continue;
        List<Object> changed = new ArrayList<>(list);
        changed.set(0, v);
        out.add(changed);
      }
    } else if (raw == Map.class) {
      Map<String, String> more = new LinkedHashMap<>((Map<String, String>) value);
      more.put("zz", "added");
      out.add(more);
      String first = ((Map<String, String>) value).keySet().iterator().next();
      Map<String, String> changed = new LinkedHashMap<>((Map<String, String>) value);
      changed.put(first, changed.get(first) + "x");
      out.add(changed);
    } else if (raw.isRecord()) {
      out.addAll(recordVariants((Record) value));
    } else {
      fail("no variants for " + type + ": teach this test and MetadataPrint about it");
    }
    return out;
  }

  private static List<Object> recordVariants(Record r) {
    RecordComponent[] parts = r.getClass().getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        values[i] = parts[i].getAccessor().invoke(r);
        types[i] = parts[i].getType();
      }
      Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        for (Object v : variants(parts[i].getGenericType(), values[i])) {
          if (Objects.equals(v, values[i])) continue;
          Object[] changed = values.clone();
          changed[i] = v;
          try {
            out.add(canonical.newInstance(changed));
          } catch (InvocationTargetException e) {
            // A value the record refuses (null in a list, say): not metadata that can exist.
          }
        }
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }

  private static Type argument(Type t, int i) {
    return ((ParameterizedType) t).getActualTypeArguments()[i];
  }
}
