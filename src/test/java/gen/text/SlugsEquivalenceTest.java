package gen.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Slugs#slugify} takes a short way for ASCII; it must give what the one way for all gave. */
class SlugsEquivalenceTest {
  /** The slugify this replaced, as it was. */
  private static String before(String title) {
    String folded =
        Normalizer.normalize(title.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("Æ", "AE").replace("Ø", "O").replace("œ", "oe").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) sb.append('-');
        sb.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    String slug = sb.toString();
    if (slug.length() > Slugs.MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', Slugs.MAX_LENGTH);
      slug = slug.substring(0, cut > Slugs.MAX_LENGTH / 2 ? cut : Slugs.MAX_LENGTH);
    }
    if (slug.replaceAll("[^a-z]", "").length() < 3) {
      return slug.isEmpty() ? Slugs.shortId(title) : slug + "-" + Slugs.shortId(title);
    }
    return slug;
  }

  private static final String[] PIECES = {
      "a", "Z", "q", "7", "0", " ", "  ", "-", "_", ".", "'", "\"", "!", "\t", "\n", "~", "I", "K",
      "é", "Ü", "ß", "æ", "Ø", "œ", "ł", "Đ", "ﬁ", "Ⅻ", "²", "İ", "ı", "中国", "القاهرة", "Москва", "😀",
      "e\u0301", "\u00a0", "\u200b", "Ｘ", "ǅ", "The Wire", "Xi Jinping", "2024", "news-letter"};

  @Test
  void the_same_slugs_as_before_for_any_mix_of_scripts() {
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder t = new StringBuilder();
      int parts = random.nextInt(30);
      boolean asciiOnly = random.nextBoolean();
      for (int p = 0; p < parts; p++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (asciiOnly && piece.chars().anyMatch(c -> c >= 0x80)) continue;
        t.append(piece);
      }
      String title = t.toString();
      assertEquals(before(title), Slugs.slugify(title), title);
    }
  }

  @Test
  void long_and_short_ascii_titles() {
    for (String title : new String[] {"", "a", "ab", "abc", "12", "x-1", "2024 in review", "A".repeat(200),
        ("word ").repeat(40), "Leaders meet </script><script>alert(1)</script> in Lima"}) {
      assertEquals(before(title), Slugs.slugify(title), title);
    }
  }
}
