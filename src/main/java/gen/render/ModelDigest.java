package gen.render;

import gen.text.Fingerprint;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Fingerprint} of everything a template is given: the key that tells whether a page would come out the
 * same as in the previous build. Walks maps (by sorted key), lists, records (component by
 * component, each record hashed once per build however many pages show it), strings, numbers and
 * enums. Any other object is hashed by class and {@code toString()}; one without a value-based
 * {@code toString()} makes a key that never matches, so its page is always rendered: a wrong key
 * may cost time, never correctness. Thread-safe.
 */
final class ModelDigest {
  private final Map<Object, byte[]> records = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<Class<?>, RecordComponent[]> components = new java.util.concurrent.ConcurrentHashMap<>();
  /** Prints made elsewhere for some values (article views), or null: see {@link #ModelDigest(Function)}. */
  private final Function<Object, byte[]> known;

  ModelDigest() {
    this(o -> null);
  }

  /**
   * @param known a print for a value, or null; a value with a print is hashed by it, not walked.
   *     Equal prints must mean equal values, and the same value must get the same print in every
   *     build, or not at all.
   */
  ModelDigest(Function<Object, byte[]> known) {
    this.known = known;
  }

  /** @param templateDigest the template's own {@link TemplateDigests digest} */
  String of(String template, String templateDigest, Map<String, ?> model) {
    Fingerprint md = new Fingerprint();
    feed(md, templateDigest);
    feed(md, template);
    feed(md, model);
    return md.hex();
  }

  /**
   * Which records are remembered by identity: those near the top of a page's model (a value of it,
   * or an item of a list that is) and large ones at any depth. Those are the views many pages
   * show (an article in lists, months and neighbours' pages). Small deep ones (an article's term
   * links) belong to one such record, hashed once with it: remembering each of them only filled
   * the map, a hundred thousand entries for 10,000 articles.
   */
  private static final int REMEMBERED_DEPTH = 2;
  private static final int REMEMBERED_COMPONENTS = 8;

  private void feed(Fingerprint md, Object o) {
    feed(md, o, 0);
  }

  private void feed(Fingerprint md, Object o, int depth) {
    if (o == null) {
      md.add(0);
    } else if (o instanceof CharSequence s) {
      md.add(1);
      md.add(s);
    } else if (o instanceof Integer || o instanceof Long) {
      // The common numbers without making a string of each (a type code keeps 1 and 1L apart).
      md.add(11);
      md.add(o instanceof Integer ? 1 : 2);
      md.add(((Number) o).longValue());
    } else if (o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>) {
      md.add(2);
      feed(md, o.getClass().getName() + ":" + o);
    } else if (o instanceof Map<?, ?> map) {
      md.add(3);
      md.add(map.size());
      String[] keys = new String[map.size()];
      Object[] values = new Object[map.size()];
      int k = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        keys[k] = String.valueOf(e.getKey());
        values[k++] = e.getValue();
      }
      Integer[] order = new Integer[k];
      for (int i = 0; i < k; i++) order[i] = i;
      java.util.Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
      for (int i : order) {
        feed(md, keys[i], depth + 1);
        feed(md, values[i], depth + 1);
      }
    } else if (o instanceof Iterable<?> list) {
      md.add(4);
      for (Object item : list) {
        md.add(5);
        feed(md, item, depth + 1);
      }
      md.add(6);
    } else if (o instanceof Optional<?> opt) {
      md.add(7);
      feed(md, opt.orElse(null), depth + 1);
    } else if (o instanceof ArticleBody body) {
      // Hashed as UTF-8, as it is kept: making every article's body a string only to hash it was
      // a fifth of a rebuild's page keys.
      md.add(10);
      md.add(body.fingerprint());
    } else if (o instanceof Record r) {
      byte[] print = known.apply(r);
      if (print != null) {
        md.add(12);
        md.add(print);
      } else {
        md.add(8);
        md.add(recordDigest(r, depth));
      }
    } else {
      md.add(9);
      feed(md, o.getClass().getName() + ":" + o);
    }
  }

  private byte[] recordDigest(Record r, int depth) {
    RecordComponent[] parts = components.computeIfAbsent(r.getClass(), Class::getRecordComponents);
    boolean remembered = depth <= REMEMBERED_DEPTH || parts.length >= REMEMBERED_COMPONENTS;
    if (remembered) {
      byte[] known = records.get(r);
      if (known != null) return known;
    }
    Fingerprint md = new Fingerprint();
    feed(md, r.getClass().getName());
    for (RecordComponent c : parts) {
      try {
        // A null argument array: no empty array made for each of the hundreds of thousands of calls.
        feed(md, c.getAccessor().invoke(r, (Object[]) null), depth + 1);
      } catch (IllegalAccessException | InvocationTargetException e) {
        // Not readable: a key that never matches, so the page is rendered every time.
        feed(md, "unreadable:" + System.identityHashCode(r) + ":" + System.nanoTime());
      }
    }
    byte[] digest = md.bytes();
    if (remembered) records.put(r, digest);
    return digest;
  }

}
