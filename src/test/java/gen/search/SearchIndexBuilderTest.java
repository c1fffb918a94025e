package gen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {
  private static SearchDocument doc(String title, String text) {
    return new SearchDocument(title, "articles/" + title.toLowerCase().replace(' ', '-') + ".html", "", "", text);
  }

  /** Every term of the index with its decoded postings, whichever shard it is in. */
  private static Map<String, int[][]> allTerms(SearchIndex index) {
    Map<String, int[][]> out = new HashMap<>();
    for (int n = 0; n < index.shardCount(); n++) {
      int shard = n;
      index.shard(n).forEach((term, postings) -> {
        assertEquals(shard, SearchIndex.shardOf(term, index.shardCount()), term + " is in its hash's shard");
        out.put(term, Postings.decode(postings));
      });
    }
    return out;
  }

  @Test
  void indexes_title_and_full_text_under_each_documents_slot() {
    SearchIndex index =
        new SearchIndexBuilder()
            .add(doc("Harbour opens", "The new harbour opened in Gdańsk on Monday."))
            .add(doc("Rain", "Heavy rain in Gdansk and Sopot."))
            .build();
    Map<String, int[][]> terms = allTerms(index);
    int harbour = index.slotOf("articles/harbour-opens.html");
    int rain = index.slotOf("articles/rain.html");
    assertEquals(2, index.documentCount());
    assertEquals(2, terms.get("gdansk").length, "diacritics folded: Gdańsk and Gdansk are one term");
    assertEquals(Math.min(harbour, rain), terms.get("gdansk")[0][0], "postings in slot order");
    assertEquals(Math.max(harbour, rain), terms.get("gdansk")[1][0]);
    assertEquals(1, terms.get("sopot").length);
    assertEquals(rain, terms.get("sopot")[0][0]);
    assertFalse(terms.containsKey("The"), "terms are lower case");
  }

  @Test
  void a_title_word_counts_more_than_the_same_word_once_in_the_body() {
    SearchIndex index =
        new SearchIndexBuilder()
            .add(doc("Elections today", "Voters queue from early morning across the country."))
            .add(doc("Weather", "Voters queue in the rain for the elections across the country."))
            .build();
    Map<Integer, Integer> counts = new HashMap<>();
    for (int[] p : allTerms(index).get("elections")) counts.put(p[0], p[1]);
    assertEquals(TermCounts.TITLE_BOOST, counts.get(index.slotOf("articles/elections-today.html")));
    assertEquals(1, counts.get(index.slotOf("articles/weather.html")));
  }

  @Test
  void counts_are_capped_and_lengths_coded_in_two_digits_that_grow_with_the_length() {
    assertEquals(1, TermCounts.capped(1));
    assertEquals(Postings.MAX_WEIGHT, TermCounts.capped(10_000));
    assertEquals("01", SearchIndex.lengthCode(0));
    assertEquals("01", SearchIndex.lengthCode(1));
    assertTrue(SearchIndex.lengthCode(500).compareTo(SearchIndex.lengthCode(495)) > 0, "1 % apart still differ");
    assertEquals(2, SearchIndex.lengthCode(Integer.MAX_VALUE).length());
    int code = Integer.parseInt(SearchIndex.lengthCode(700), 36);
    assertEquals(700, Math.exp((code - 1) / 100.0), 700 * 0.01, "decodes to within 1 %");
  }

  @Test
  void slots_depend_on_the_set_of_paths_only_and_an_added_document_moves_few_others() {
    java.util.List<String> paths = new java.util.ArrayList<>();
    for (int i = 0; i < 1_000; i++) paths.add("articles/a" + i + ".html");
    int slots = DocSlots.slotsFor(paths.size());
    assertEquals(2048, slots);
    int[] before = DocSlots.assign(paths, slots);
    assertEquals(paths.size(), java.util.Arrays.stream(before).distinct().count(), "one document per slot");
    java.util.List<String> reversed = new java.util.ArrayList<>(paths);
    java.util.Collections.reverse(reversed);
    int[] other = DocSlots.assign(reversed, slots);
    for (int i = 0; i < paths.size(); i++) assertEquals(before[i], other[paths.size() - 1 - i], "order does not matter");
    int moved = 0;
    for (int extra = 0; extra < 100; extra++) {
      java.util.List<String> more = new java.util.ArrayList<>(paths);
      more.add("articles/new" + extra + ".html");
      int[] after = DocSlots.assign(more, slots);
      for (int i = 0; i < paths.size(); i++) if (after[i] != before[i]) moved++;
    }
    assertTrue(moved < 100 * 3, "an added document moves about one other on average: " + moved + " in 100 adds");
  }

  @Test
  void chinese_text_is_found_by_bigrams() {
    SearchIndex index = new SearchIndexBuilder().add(doc("峰会", "习近平出席上海合作组织峰会。")).build();
    Map<String, int[][]> terms = allTerms(index);
    assertTrue(terms.containsKey("习近"));
    assertTrue(terms.containsKey("近平"));
    assertTrue(terms.containsKey("峰会"));
    assertTrue(terms.containsKey("峰"), "single Han characters are indexed too");
    assertFalse(terms.containsKey("。"));
  }

  @Test
  void postings_round_trip_through_their_text_form() {
    Postings p = new Postings();
    int[][] expected = {{0, 1}, {1, 26}, {37, 5}, {1_000, 12}, {99_999, 3}};
    for (int[] e : expected) p.add(e[0], e[1]);
    assertEquals(expected.length, p.count());
    assertTrue(p.text().matches("[0-9a-zA-Z]+"), "only letters and digits: nothing to escape");
    assertArrayEquals(expected, Postings.decode(p.text()));
  }

  @Test
  void shard_count_is_a_power_of_two_that_grows_with_the_index() {
    assertEquals(1, SearchIndexBuilder.shardCount(0));
    assertEquals(1, SearchIndexBuilder.shardCount(SearchIndexBuilder.TARGET_SHARD_BYTES));
    assertEquals(2, SearchIndexBuilder.shardCount(SearchIndexBuilder.TARGET_SHARD_BYTES + 1));
    assertEquals(512, SearchIndexBuilder.shardCount(500L * SearchIndexBuilder.TARGET_SHARD_BYTES));
    assertEquals(SearchIndexBuilder.MAX_SHARDS, SearchIndexBuilder.shardCount(Long.MAX_VALUE / 2));
  }

  @Test
  void a_large_index_spreads_terms_over_many_balanced_shards() {
    SearchIndexBuilder b = new SearchIndexBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int d = 0; d < 2_000; d++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 200; w++) text.append("w").append(Integer.toString(random.nextInt(40_000), 36)).append(' ');
      b.add(doc("Article " + d, text.toString()));
    }
    SearchIndex index = b.build();
    assertTrue(index.shardCount() >= 16, "shards: " + index.shardCount());
    Set<String> seen = new HashSet<>();
    int smallest = Integer.MAX_VALUE, largest = 0;
    for (int n = 0; n < index.shardCount(); n++) {
      int size = index.shard(n).values().stream().mapToInt(String::length).sum();
      smallest = Math.min(smallest, size);
      largest = Math.max(largest, size);
      for (String t : index.shard(n).keySet()) assertTrue(seen.add(t), "a term lives in one shard only");
    }
    assertTrue(largest < smallest * 2, "hashing keeps shards within 2x of each other: " + smallest + ".." + largest);
  }

  @Test
  void shard_hash_is_fnv1a_as_the_browser_computes_it() {
    // Values computed by hand with 32-bit FNV-1a: "" -> 0x811c9dc5, "a" -> 0xe40c292c.
    assertEquals((int) (0x811c9dc5L % 1000), SearchIndex.shardOf("", 1000));
    assertEquals((int) (0xe40c292cL % 1000), SearchIndex.shardOf("a", 1000));
  }
}
