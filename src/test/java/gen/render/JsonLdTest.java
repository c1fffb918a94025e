package gen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The JSON-LD and citation written by hand against what Gson and java.time made of the same views. */
class JsonLdTest {
  /** The JSON-LD as Gson made it: the oracle. */
  private static String gson(ArticleView a) {
    JsonObject o = new JsonObject();
    o.addProperty("@context", "https://schema.org");
    o.addProperty("@type", "NewsArticle");
    o.addProperty("headline", a.title());
    if (a.date() != null) o.addProperty("datePublished", a.date());
    if (!a.authors().isEmpty()) {
      JsonArray authors = new JsonArray();
      for (String name : a.authors()) {
        JsonObject p = new JsonObject();
        p.addProperty("@type", "Person");
        p.addProperty("name", name);
        authors.add(p);
      }
      o.add("author", authors);
    }
    if (a.source() != null) {
      JsonObject pub = new JsonObject();
      pub.addProperty("@type", "Organization");
      pub.addProperty("name", a.source().name());
      o.add("publisher", pub);
    }
    if (a.url() != null) o.addProperty("isBasedOn", a.url());
    if (a.image() != null && a.image().matches("(?i)https?://.*")) o.addProperty("image", a.image());
    if (!a.tags().isEmpty()) o.addProperty("keywords", String.join(", ", a.tags()));
    o.addProperty("wordCount", a.wordCount());
    return new GsonBuilder().create().toJson(o);
  }

  private static String text(Random r) {
    if (r.nextInt(8) == 0) return null;
    String[] pieces = {"Ann", " ", "</script>", "<!--", "\"", "\\", "'", "=", "&", "\n", "\t", "\u0001", "\u2028", "\u2029",
        "Zürich", "“quoted”", "習近平", "עברית", "\uD83D\uDE00", "\uD800", "https://example.org/a?b=c&d=e"};
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(6); i >= 0; i--) sb.append(pieces[r.nextInt(pieces.length)]);
    return sb.toString();
  }

  private static List<String> texts(Random r) {
    List<String> out = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      String t = text(r);
      out.add(t == null ? "Bo" : t);
    }
    return out;
  }

  @Test
  void the_json_ld_is_what_gson_wrote() {
    Random r = new Random(8);
    for (int run = 0; run < 3_000; run++) {
      ArticleView.SourceView source = r.nextBoolean() ? null : new ArticleView.SourceView(text(r), null, null, null);
      String image = r.nextInt(3) == 0 ? "https://example.org/p.jpg" : text(r);
      ArticleView a = new ArticleView(text(r), "a", "articles/a.html", r.nextBoolean() ? "2024-05-01" : null, null, null,
          null, texts(r), source, text(r), null, "en", "ltr", null, image, texts(r), List.of(), List.of(), List.of(),
          List.of(), List.of(), List.of(), List.of(), List.of(), r.nextInt(100_000), 1, null, "a.txt");
      assertEquals(gson(a), JsonLd.newsArticle(a));
    }
  }

  @Test
  void the_saved_date_reads_as_the_formatter_wrote_it() {
    DateTimeFormatter saved = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    List<String> dates = new ArrayList<>(List.of("2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "0999-01-01",
        "0000-01-01", "2024-1-01", "2024/01/01", "+12024-01-01", "2024-01-01T00:00", "", "abcd-ef-gh", "٢٠٢٤-٠١-٠١"));
    for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 1)); d = d.plusDays(1)) dates.add(d.toString());
    for (LocalDate d = LocalDate.of(2024, 2, 20); d.isBefore(LocalDate.of(2024, 3, 5)); d = d.plusDays(1)) dates.add(d.toString());
    dates.add("9999-12-31");
    dates.add("1000-01-01");
    for (String iso : dates) {
      String expected;
      try {
        expected = LocalDate.parse(iso).format(saved);
      } catch (DateTimeParseException e) {
        expected = iso;
      }
      assertEquals(expected, CitationView.savedDisplay(iso), iso);
    }
  }
}
