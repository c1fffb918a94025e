package gen.extract;

import gen.model.Source;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A closing {@code Reference(s):} block of domains or URLs, or a {@code Source: URL} line: the
 * article's source and original URL. The footer is removed from the body.
 */
public final class ReferenceFooterHeuristic implements Heuristic {
  private static final Pattern LABEL =
      Pattern.compile("(?iu)^(reference\\(s\\)|references?|sources?|quelle|fuente|fonte|source\\(s\\))\\s*:\\s*(.*)$");
  private static final int MAX_FOOTER_LINES = 6;

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() == Format.HTML) return;
    List<Element> blocks = Blocks.of(ctx.body());
    int n = blocks.size();
    for (int start = n - 1; start >= Math.max(1, n - MAX_FOOTER_LINES); start--) {
      var m = LABEL.matcher(blocks.get(start).text().strip());
      if (!m.matches()) continue;
      List<String> refs = new ArrayList<>();
      if (!m.group(2).isBlank()) refs.add(m.group(2).strip());
      boolean allRefs = true;
      for (int j = start + 1; j < n; j++) {
        String line = blocks.get(j).text().strip();
        refs.add(line);
      }
      for (String r : refs) {
        if (!(Urls.isWebUrl(r) || Urls.looksLikeDomain(r))) allRefs = false;
      }
      if (refs.isEmpty() || !allRefs) return;
      String first = refs.get(0);
      Source source = FrontMatterHeuristic.sourceFromText(first);
      ctx.offer(Field.SOURCE, source, "reference-footer", Trust.LAYOUT);
      refs.stream()
          .filter(Urls::isWebUrl)
          .findFirst()
          .ifPresent(u -> ctx.offer(Field.URL, u, "reference-footer", Trust.LAYOUT));
      for (int j = start; j < n; j++) blocks.get(j).remove();
      return;
    }
  }

}
