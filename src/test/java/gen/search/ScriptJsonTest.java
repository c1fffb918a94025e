package gen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The hand-written shard and bundle files against what Gson writes for the same values. */
class ScriptJsonTest {
  private static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(128)); // every ASCII character, controls and quotes too
        case 1 -> sb.append("</script><!-- ='&' \"x\" \\ ");
        case 2 -> sb.append(r.nextBoolean() ? '\u2028' : '\u2029');
        case 3 -> sb.append("Zürich “quoted” — 習近平 עברית ");
        case 4 -> sb.append(r.nextBoolean() ? "\uD83D\uDE00" : "\uD800"); // a pair, a lone surrogate
        default -> sb.append((char) (0x80 + r.nextInt(0x3000)));
      }
    }
    return sb.toString();
  }

  @Test
  void shards_are_written_as_gson_writes_them() {
    Random r = new Random(3);
    for (int run = 0; run < 2_000; run++) {
      Map<String, String> terms = new TreeMap<>();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) terms.put(randomText(r), randomText(r));
      int shard = r.nextInt(5000);
      assertEquals(ScriptJson.call("shard", shard, terms), ScriptJson.callWithStrings("shard", shard, terms));
    }
  }

  @Test
  void bundles_are_written_as_gson_writes_them() {
    Random r = new Random(4);
    for (int run = 0; run < 2_000; run++) {
      Map<String, List<String>> rows = new LinkedHashMap<>();
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        rows.put(Integer.toString(r.nextInt(100_000)), List.of(randomText(r), randomText(r), "", randomText(r), randomText(r)));
      }
      int bundle = r.nextInt(100);
      assertEquals(ScriptJson.call("docs", bundle, rows), ScriptJson.callWithRows("docs", bundle, rows));
    }
  }

  @Test
  void every_character_is_quoted_as_gson_quotes_it() {
    for (int c = 0; c < 0x10000; c++) {
      String s = "a" + (char) c + "b";
      StringBuilder sb = new StringBuilder();
      gen.text.JsonStrings.quote(sb, s);
      assertEquals(ScriptJson.of(s), sb.toString(), Integer.toHexString(c));
    }
  }
}
