package gen.extract;

import java.util.Locale;

/**
 * The language of the article: what the page declares ({@code <html lang>}), when the text does
 * not contradict it, else what the text itself says.
 */
public final class LanguageHeuristic implements Heuristic {
  @Override
  public void apply(ExtractionContext ctx) {
    String text = ctx.body().text();
    String detected = LanguageDetector.detect(text);
    String declared = ctx.document().select("html[lang]").attr("lang").trim();
    if (!declared.isEmpty()) {
      String primary = declared.toLowerCase(Locale.ROOT).split("[-_]")[0];
      if (detected.equals("und") || detected.equals(primary)) {
        ctx.offer(Field.LANGUAGE, declared, "html-lang", Trust.META);
      }
    }
    if (!detected.equals("und")) ctx.offer(Field.LANGUAGE, detected, "text", Trust.INFERRED);
  }
}
