package gen.extract;

import gen.read.Format;
import org.jsoup.nodes.Element;

/** A Markdown article's leading {@code # Heading}: its title, removed from the body. */
public final class HeadingTitleHeuristic implements Heuristic {
  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() != Format.MARKDOWN) return;
    Element first = ctx.body().children().first();
    if (first != null && first.tagName().equals("h1")) {
      String title = first.text().strip();
      if (!title.isEmpty()) {
        ctx.offer(Field.TITLE, title, "h1", Trust.LAYOUT);
        // Shown as the page title already; a different front-matter title keeps the heading.
        if (ctx.candidates().value(Field.TITLE).map(title::equals).orElse(false)) {
          first.remove();
        }
      }
    }
  }
}
