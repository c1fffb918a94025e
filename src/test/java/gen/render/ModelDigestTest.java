package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelDigestTest {
  record Link(String name, int count) {}

  record Big(String a, String b, String c, String d, String e, String f, String g, List<Link> links) {}

  record Group(String label, List<Big> items) {}

  private static Big big(String linkName, int count) {
    return new Big("a", "b", "c", "d", "e", "f", "g", List.of(new Link("x", 1), new Link(linkName, count)));
  }

  private static Map<String, Object> model(String linkName, int count, Object number) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", "T");
    m.put("n", number);
    m.put("maybe", Optional.of("o"));
    // Deep: a list of records holding lists of large records holding lists of small ones.
    m.put("groups", List.of(new Group("g", List.of(big("y", 2), big(linkName, count)))));
    return m;
  }

  @Test
  void equal_models_made_anew_give_one_key_and_any_change_at_any_depth_another() {
    ModelDigest digest = new ModelDigest();
    String key = digest.of("t.ftlh", "d", model("z", 3, 7));
    assertEquals(key, digest.of("t.ftlh", "d", model("z", 3, 7)), "same values, new objects");
    assertEquals(key, new ModelDigest().of("t.ftlh", "d", model("z", 3, 7)), "another build");
    assertNotEquals(key, digest.of("t.ftlh", "d", model("zz", 3, 7)), "a deep name");
    assertNotEquals(key, digest.of("t.ftlh", "d", model("z", 4, 7)), "a deep count");
    assertNotEquals(key, digest.of("t.ftlh", "d", model("z", 3, 7L)), "a long is not an int");
    assertNotEquals(key, digest.of("t.ftlh", "d", model("z", 3, "7")), "nor a string");
    assertNotEquals(key, digest.of("other.ftlh", "d", model("z", 3, 7)), "another template");
    assertNotEquals(key, digest.of("t.ftlh", "e", model("z", 3, 7)), "other templates");
  }

  @Test
  void the_order_a_model_was_filled_in_does_not_matter() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("a", 1);
    ab.put("b", List.of("x"));
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("b", List.of("x"));
    ba.put("a", 1);
    assertEquals(new ModelDigest().of("t", "d", ab), new ModelDigest().of("t", "d", ba));
  }
}
