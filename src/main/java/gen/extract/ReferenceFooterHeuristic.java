package gen.extract;

import gen.model.Source;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A closing {@code Reference(s):} block of domains or URLs, or a {@code Source: URL} line: the
 * article's source and original URL. The footer is removed from the body. Everything after the
 * label must be URLs or domains, one or several to a line; a "Source: Supplied" photo credit or a
 * sentence is not a footer.
 */
public final class ReferenceFooterHeuristic implements Heuristic {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^(?:reference\\(s\\)|references?|sources?|source\\(s\\)|original(?:\\s+article)?|originally\\s+published\\s+(?:at|on|by)"
              + "|read\\s+more|via|link|url|quelle|quellen|fuente|fuentes|fonte|fontes|référence\\(s\\)|références?"
              + "|источник|источники|sumber|zdroj|zdroje|bron|bronnen|źródło|kaynak|kilde|källa|lähde|fonti)"
              + "\\s*[:：]\\s*(.*)$");
  /** How many lines from the end a footer may start. */
  private static final int MAX_FOOTER_LINES = 6;

  /** One line of the body and the block it belongs to. */
  private record Line(Element block, int index, String text) {}

  @Override
  public void apply(ExtractionContext ctx) {
    if (ctx.read().format() == Format.HTML) return;
    List<Element> blocks = Blocks.of(ctx.body());
    if (blocks.size() < 2) return;
    List<Line> tail = tailLines(blocks);
    for (int start = tail.size() - 1; start >= 0; start--) {
      var m = LABEL.matcher(tail.get(start).text());
      if (!m.matches()) continue;
      List<String> refs = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      if (!m.group(1).isBlank()) rest.add(m.group(1));
      for (int j = start + 1; j < tail.size(); j++) rest.add(tail.get(j).text());
      for (String line : rest) {
        for (String raw : line.strip().split("\\s+")) {
          // "<https://...>", "(cgtn.com)", "cgtn.com,": the link without what encloses it.
          String token = raw.replaceAll("^[<(\\[]+|[>)\\].,;]+$", "");
          if (token.isEmpty()) continue;
          if (!(Urls.isWebUrl(token) || Urls.looksLikeDomain(token))) return;
          refs.add(token);
        }
      }
      if (refs.isEmpty()) return;
      offer(ctx, refs);
      remove(tail.subList(start, tail.size()));
      return;
    }
  }

  private static void offer(ExtractionContext ctx, List<String> refs) {
    // The original URL names the source more exactly than a bare domain does.
    String best = refs.stream().filter(Urls::isWebUrl).findFirst().orElse(refs.get(0));
    Source source = FrontMatterHeuristic.sourceFromText(best);
    ctx.offer(Field.SOURCE, source, "reference-footer", Trust.LAYOUT);
    refs.stream()
        .filter(Urls::isWebUrl)
        .findFirst()
        .ifPresent(u -> ctx.offer(Field.URL, u, "reference-footer", Trust.LAYOUT));
  }

  /** The last lines of the body, a block's lines apart even where the reader joined them. */
  private static List<Line> tailLines(List<Element> blocks) {
    List<Line> out = new ArrayList<>();
    for (int b = blocks.size() - 1; b >= 1 && out.size() < MAX_FOOTER_LINES; b--) {
      String[] lines = Blocks.wholeText(blocks.get(b)).split("\n");
      for (int i = lines.length - 1; i >= 0; i--) {
        if (!lines[i].isBlank()) out.add(0, new Line(blocks.get(b), i, lines[i].strip()));
      }
    }
    return out;
  }

  /** Removes the footer lines: whole blocks, or the end of the block the footer starts in. */
  private static void remove(List<Line> footer) {
    Line first = footer.get(0);
    for (Line l : footer) {
      if (l.block() != first.block()) l.block().remove();
    }
    if (first.index() == 0) {
      first.block().remove();
    } else {
      String[] lines = Blocks.wholeText(first.block()).split("\n");
      first.block().text(String.join("\n", java.util.Arrays.asList(lines).subList(0, first.index())).strip());
    }
  }
}
