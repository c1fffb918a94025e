package gen.extract;

import gen.model.Source;
import gen.read.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A closing {@code Reference(s):} block of domains or URLs, or a {@code Source: URL} line: the
 * article's source and original URL. The footer is removed from the body. What follows the label
 * must be URLs or domains, one or several to a line; a "Source: Supplied" photo credit or a
 * sentence is not a footer. A line of prose after those lines ends the footer and stays in the body.
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
      // What follows the label on its own line must be links: "Source: the company said" is a sentence.
      if (!m.group(1).isBlank() && !addLinks(m.group(1), refs)) return;
      int end = start + 1;
      // Then lines of links; the first line that is not ends the footer. A note added after it
      // ("Updated: ...") stays in the body, and the footer still names the source.
      while (end < tail.size() && addLinks(tail.get(end).text(), refs)) end++;
      if (refs.isEmpty()) return;
      offer(ctx, refs);
      remove(tail.subList(start, end));
      return;
    }
  }

  /** Adds the line's links to {@code refs} if every word of it is one; else leaves them as they were. */
  private static boolean addLinks(String line, List<String> refs) {
    List<String> found = new ArrayList<>();
    for (String raw : line.strip().split("\\s+")) {
      // "<https://...>", "(cgtn.com)", "cgtn.com,": the link without what encloses it.
      String token = raw.replaceAll("^[<(\\[]+|[>)\\].,;]+$", "");
      if (token.isEmpty()) continue;
      if (!(Urls.isWebUrl(token) || Urls.looksLikeDomain(token))) return false;
      found.add(token);
    }
    refs.addAll(found);
    return !found.isEmpty();
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

  /**
   * Removes the footer lines: a block all of whose lines are in the footer goes; a block with
   * lines of the body too keeps those.
   */
  private static void remove(List<Line> footer) {
    java.util.Map<Element, java.util.Set<Integer>> byBlock = new java.util.LinkedHashMap<>();
    for (Line l : footer) byBlock.computeIfAbsent(l.block(), b -> new java.util.HashSet<>()).add(l.index());
    byBlock.forEach((block, removed) -> {
      String[] lines = Blocks.wholeText(block).split("\n");
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (!removed.contains(i)) kept.add(lines[i]);
      }
      if (kept.stream().allMatch(String::isBlank)) {
        block.remove();
      } else {
        block.text(String.join("\n", kept).strip());
      }
    });
  }
}
