package gen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SearchIndexFilesTest {
  private static Map<String, String> files(SearchIndex index) throws Exception {
    Map<String, String> out = new TreeMap<>();
    index.write(out::put);
    return out;
  }

  @Test
  void writes_a_manifest_one_file_per_shard_and_one_per_bundle_of_slots() throws Exception {
    SearchIndexBuilder b = new SearchIndexBuilder();
    for (int i = 0; i < 1_002; i++) b.add(new SearchDocument("T" + i, "articles/t" + i + ".html", "", "", "body " + i));
    SearchIndex index = b.build();
    Map<String, String> files = files(index);
    String version = index.write((path, content) -> {});
    assertTrue(version.matches("[0-9a-f]{12}"), version);
    String manifest = files.get("search/manifest.js");
    assertTrue(manifest.startsWith("window.__genSearch.manifest({") && manifest.endsWith("});\n"), manifest);
    JsonObject m = JsonParser.parseString(manifest.substring(manifest.indexOf('{'), manifest.lastIndexOf(')')))
        .getAsJsonObject();
    assertEquals(4, m.get("version").getAsInt());
    assertEquals(version, m.get("build").getAsString());
    assertEquals(1002, m.get("docs").getAsInt());
    assertEquals(2048, m.get("slots").getAsInt(), "a power of two, at least twice the documents");
    assertEquals(index.shardCount(), m.get("shards").getAsInt());
    assertEquals(SearchIndex.BUNDLE_SLOTS, m.get("bundle").getAsInt());
    String lengths = m.get("lengths").getAsString();
    assertEquals(1002 * 2 + (2048 - 1002), lengths.length(), "two digits a document, a dot an empty slot");
    // Each document is in the bundle of its slot, and each bundle holds exactly the documents of its slots.
    Set<String> bundles = new TreeSet<>();
    for (int i = 0; i < 1_002; i++) {
      int slot = index.slotOf("articles/t" + i + ".html");
      int bundle = slot / SearchIndex.BUNDLE_SLOTS;
      String path = "search/docs/" + bundle / 1000 + "/" + bundle + ".js";
      bundles.add(path);
      JsonArray doc = bundle(files.get(path), bundle).getAsJsonArray(Integer.toString(slot));
      assertEquals(5, doc.size(), "title, path, date, source, text: " + doc);
      assertEquals("T" + i, doc.get(0).getAsString());
      assertEquals("t" + i, doc.get(1).getAsString(), "an article's slug stands for its path");
      assertEquals("body " + i, doc.get(4).getAsString());
    }
    int entries = 0;
    for (String path : bundles) entries += JsonParser.parseString(json(files.get(path))).getAsJsonObject().size();
    assertEquals(1_002, entries, "no document twice, none extra");
    assertTrue(bundles.size() < 1_002 / 3, "bundles: " + bundles.size());
    assertEquals(1 + index.shardCount() + bundles.size(), files.size(), "no file for a bundle of empty slots");
    for (int n = 0; n < index.shardCount(); n++) {
      assertTrue(files.get("search/terms/" + n + ".js").startsWith("window.__genSearch.shard(" + n + ",{"));
    }
  }

  /** The JSON argument after the first of a {@code window.__genSearch.x(n, {...});} call. */
  private static String json(String script) {
    return script.substring(script.indexOf(",{") + 1, script.lastIndexOf(");"));
  }

  private static JsonObject bundle(String script, int b) {
    assertTrue(script.startsWith("window.__genSearch.docs(" + b + ",{") && script.endsWith("});\n"), script);
    return JsonParser.parseString(json(script)).getAsJsonObject();
  }

  @Test
  void the_version_changes_with_the_content_only() throws Exception {
    SearchIndex a = new SearchIndexBuilder().add(new SearchDocument("A", "articles/a.html", "", "", "one text")).build();
    SearchIndex same = new SearchIndexBuilder().add(new SearchDocument("A", "articles/a.html", "", "", "one text")).build();
    SearchIndex other = new SearchIndexBuilder().add(new SearchDocument("A", "articles/a.html", "", "", "another text")).build();
    assertEquals(a.write((p, c) -> {}), same.write((p, c) -> {}));
    assertFalse(a.write((p, c) -> {}).equals(other.write((p, c) -> {})));
  }

  @Test
  void article_text_cannot_break_out_of_the_script() throws Exception {
    String evil = "Look: </script><script>alert(1)</script> and <!-- a comment & 'quotes' \u2028 done";
    SearchIndex index =
        new SearchIndexBuilder().add(new SearchDocument("</SCRIPT> title", "articles/x.html", "", "", evil)).build();
    String doc = files(index).get(SearchIndex.bundlePath(SearchIndex.bundleOf(index.slotOf("articles/x.html"))));
    assertFalse(doc.contains("<"), doc);
    assertFalse(doc.contains(">"), doc);
    assertFalse(doc.contains("\u2028"), doc);
    assertTrue(doc.contains("\\u003c/script\\u003e"), doc);
    assertTrue(doc.contains("\\u003c!--"), doc);
    // And the JSON still means the original text.
    String slot = Integer.toString(index.slotOf("articles/x.html"));
    assertEquals(evil, JsonParser.parseString(json(doc)).getAsJsonObject().getAsJsonArray(slot).get(4).getAsString());
  }

  @Test
  void long_texts_are_cut_for_snippets_but_indexed_in_full() throws Exception {
    String text = "alpha ".repeat(SearchIndex.SNIPPET_TEXT_LIMIT / 6) + " omega";
    SearchIndex index = new SearchIndexBuilder().add(new SearchDocument("Long", "articles/l.html", "", "", text)).build();
    String doc = files(index).get(SearchIndex.bundlePath(SearchIndex.bundleOf(index.slotOf("articles/l.html"))));
    assertFalse(doc.contains("omega"));
    boolean indexed = false;
    for (int n = 0; n < index.shardCount(); n++) indexed |= index.shard(n).containsKey("omega");
    assertTrue(indexed, "the end of a long text is still searchable");
  }

  @Test
  void a_long_text_is_cut_after_a_word_and_says_so() {
    String text = "word ".repeat(200);
    String kept = SearchIndex.snippetText(text);
    assertTrue(kept.length() <= SearchIndex.SNIPPET_TEXT_LIMIT, kept.length() + " characters");
    assertTrue(kept.length() > SearchIndex.SNIPPET_TEXT_LIMIT - 10, kept.length() + " characters");
    assertTrue(kept.endsWith("word" + SearchIndex.CUT_MARK), kept);
    // Without spaces (Chinese), anywhere but between the halves of a surrogate pair.
    String han = "x" + "\uD840\uDC0B".repeat(400);
    String cut = SearchIndex.snippetText(han);
    assertTrue(cut.endsWith(SearchIndex.CUT_MARK), cut);
    String start = cut.substring(0, cut.length() - SearchIndex.CUT_MARK.length());
    assertFalse(Character.isHighSurrogate(start.charAt(start.length() - 1)), "whole characters only");
    assertTrue(han.startsWith(start));
    // A text within the limit is kept whole, without the mark.
    String shortText = "x".repeat(SearchIndex.SNIPPET_TEXT_LIMIT);
    assertEquals(shortText, SearchIndex.snippetText(shortText));
  }

  @Test
  void a_row_holds_an_articles_slug_and_any_other_path_whole() {
    assertEquals("a-b-2024", SearchIndex.pathField("articles/a-b-2024.html"));
    assertEquals("notes/a.html", SearchIndex.pathField("notes/a.html"));
    assertEquals("articles/x/y.html", SearchIndex.pathField("articles/x/y.html"));
    assertEquals("./about.html", SearchIndex.pathField("about.html"), "a path without '/' is told from a slug");
    assertEquals("articles/.html", SearchIndex.pathField("articles/.html"));
  }

  @Test
  void sizes_add_up_to_what_is_written() throws Exception {
    SearchIndex index =
        new SearchIndexBuilder().add(new SearchDocument("Título", "articles/t.html", "1 May 2024", "x.org", "Texto en español")).build();
    SearchIndex.Sizes sizes = index.sizes();
    long written = files(index).values().stream().mapToLong(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    assertEquals(written, sizes.manifest() + sizes.termsTotal() + sizes.documents());
    assertEquals(1, sizes.shards().size());
  }
}
