package gen.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SHA-256 of everything a template is given: the key that tells whether a page would come out the
 * same as in the previous build. Walks maps (by sorted key), lists, records (component by
 * component, each record hashed once per build however many pages show it), strings, numbers and
 * enums. Any other object is hashed by class and {@code toString()}; one without a value-based
 * {@code toString()} makes a key that never matches, so its page is always rendered: a wrong key
 * may cost time, never correctness. Thread-safe.
 */
final class ModelDigest {
  private final Map<Object, byte[]> records = Collections.synchronizedMap(new IdentityHashMap<>());

  String of(String template, String templatesDigest, Map<String, ?> model) {
    MessageDigest md = sha256();
    feed(md, templatesDigest);
    feed(md, template);
    feed(md, model);
    return HexFormat.of().formatHex(md.digest());
  }

  private void feed(MessageDigest md, Object o) {
    if (o == null) {
      md.update((byte) 0);
    } else if (o instanceof CharSequence s) {
      md.update((byte) 1);
      byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
      length(md, b.length);
      md.update(b);
    } else if (o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>) {
      md.update((byte) 2);
      feed(md, o.getClass().getName() + ":" + o);
    } else if (o instanceof Map<?, ?> map) {
      md.update((byte) 3);
      length(md, map.size());
      List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
      entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
      for (Map.Entry<?, ?> e : entries) {
        feed(md, String.valueOf(e.getKey()));
        feed(md, e.getValue());
      }
    } else if (o instanceof Iterable<?> list) {
      md.update((byte) 4);
      for (Object item : list) {
        md.update((byte) 5);
        feed(md, item);
      }
      md.update((byte) 6);
    } else if (o instanceof Optional<?> opt) {
      md.update((byte) 7);
      feed(md, opt.orElse(null));
    } else if (o instanceof Record r) {
      md.update((byte) 8);
      md.update(recordDigest(r));
    } else {
      md.update((byte) 9);
      feed(md, o.getClass().getName() + ":" + o);
    }
  }

  private byte[] recordDigest(Record r) {
    byte[] known = records.get(r);
    if (known != null) return known;
    MessageDigest md = sha256();
    feed(md, r.getClass().getName());
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        feed(md, c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        // Not readable: a key that never matches, so the page is rendered every time.
        feed(md, "unreadable:" + System.identityHashCode(r) + ":" + System.nanoTime());
      }
    }
    byte[] digest = md.digest();
    records.put(r, digest);
    return digest;
  }

  private static void length(MessageDigest md, int n) {
    md.update((byte) (n >>> 24));
    md.update((byte) (n >>> 16));
    md.update((byte) (n >>> 8));
    md.update((byte) n);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
