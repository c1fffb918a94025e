package gen.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The last resort for a title: the first sentence of the text, cut to about 100 characters at a
 * clause boundary (a comma, a dash, or before a linking word), never the whole paragraph.
 */
public final class FirstSentenceTitleHeuristic implements Heuristic {
  static final int MAX_CHARS = 100;
  private static final int MIN_CHARS = 25;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])[\"”’)]?(\\s+|$)");
  private static final Set<String> LINKING_WORDS =
      Set.of(
          "to", "in", "on", "at", "for", "with", "after", "before", "as", "by", "from", "while",
          "when", "where", "which", "who", "that", "and", "but", "because", "during", "amid",
          "than", "into", "over", "under", "about", "against", "since", "until", "of",
          "um", "und", "für", "mit", "nach", "pour", "avec", "dans", "et", "para", "con", "en", "y",
          "per", "che", "e", "de");

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.candidates().has(Field.TITLE)) return;
    Element first = ctx.body().selectFirst("p, h1, h2, h3, li, blockquote");
    String text = first == null ? ctx.body().text() : first.text();
    String title = fromText(text);
    if (!title.isEmpty()) ctx.offer(Field.TITLE, title, "first-sentence", Trust.INFERRED);
  }

  static String fromText(String paragraph) {
    String p = paragraph.strip().replaceAll("\\s+", " ");
    var m = SENTENCE_END.matcher(p);
    String sentence = m.find() ? p.substring(0, m.start()).strip() : p;
    sentence = sentence.replaceAll("[.。]$", "");
    if (sentence.length() <= MAX_CHARS) return sentence;
    String head = sentence.substring(0, MAX_CHARS + 1);
    // A clause boundary: punctuation that ends a clause.
    int cut = Math.max(Math.max(head.lastIndexOf(", "), head.lastIndexOf("; ")), Math.max(head.lastIndexOf(" – "), head.lastIndexOf(" — ")));
    cut = Math.max(cut, head.lastIndexOf(": "));
    if (cut >= MIN_CHARS) return sentence.substring(0, cut).strip();
    // Before a linking word: "Xi joined Putin in Moscow on Friday | to commemorate ...".
    String[] words = head.split(" ");
    int length = 0, best = -1;
    for (int i = 0; i < words.length - 1; i++) {
      if (i > 0 && LINKING_WORDS.contains(words[i].toLowerCase(Locale.ROOT)) && length >= MIN_CHARS) {
        best = length;
      }
      length += words[i].length() + 1;
    }
    if (best > 0) return sentence.substring(0, best - 1).strip();
    int space = head.lastIndexOf(' ');
    if (space >= MIN_CHARS) return sentence.substring(0, space).strip() + "…";
    return sentence.substring(0, MAX_CHARS).strip() + "…";
  }
}
