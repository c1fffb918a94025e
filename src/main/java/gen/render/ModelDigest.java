package gen.render;

import gen.text.Fingerprint;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  String of(String template, String templatesDigest, Map<String, ?> model) {
    Fingerprint md = new Fingerprint();
    feed(md, templatesDigest);
    feed(md, template);
    feed(md, model);
    return md.hex();
  }

  private void feed(Fingerprint md, Object o) {
    if (o == null) {
      md.add(0);
    } else if (o instanceof CharSequence s) {
      md.add(1);
      md.add(s);
    } else if (o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>) {
      md.add(2);
      feed(md, o.getClass().getName() + ":" + o);
    } else if (o instanceof Map<?, ?> map) {
      md.add(3);
      md.add(map.size());
      List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
      entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
      for (Map.Entry<?, ?> e : entries) {
        feed(md, String.valueOf(e.getKey()));
        feed(md, e.getValue());
      }
    } else if (o instanceof Iterable<?> list) {
      md.add(4);
      for (Object item : list) {
        md.add(5);
        feed(md, item);
      }
      md.add(6);
    } else if (o instanceof Optional<?> opt) {
      md.add(7);
      feed(md, opt.orElse(null));
    } else if (o instanceof ArticleBody body) {
      // Hashed as UTF-8, as it is kept: making every article's body a string only to hash it was
      // a fifth of a rebuild's page keys.
      md.add(10);
      md.add(body.fingerprint());
    } else if (o instanceof Record r) {
      md.add(8);
      byte[] d = recordDigest(r);
      md.add(d);
    } else {
      md.add(9);
      feed(md, o.getClass().getName() + ":" + o);
    }
  }

  private byte[] recordDigest(Record r) {
    byte[] known = records.get(r);
    if (known != null) return known;
    Fingerprint md = new Fingerprint();
    feed(md, r.getClass().getName());
    for (RecordComponent c : components.computeIfAbsent(r.getClass(), Class::getRecordComponents)) {
      try {
        feed(md, c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        // Not readable: a key that never matches, so the page is rendered every time.
        feed(md, "unreadable:" + System.identityHashCode(r) + ":" + System.nanoTime());
      }
    }
    byte[] digest = md.bytes();
    records.put(r, digest);
    return digest;
  }

}
