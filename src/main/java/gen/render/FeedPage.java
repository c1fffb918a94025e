package gen.render;

import gen.model.Article;
import gen.model.PublishedDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code feed.xml}: an Atom feed of the newest articles ({@link Presentation#feedEntries}), from {@code feed.ftlx}.
 * With a base URL every link is absolute and ids are the pages' URLs. Without one, links are
 * relative to the feed (valid Atom, resolved against where the feed was fetched from) and ids are
 * name-based {@code urn:uuid:}s derived from the slugs, so they stay the same from build to build.
 */
final class FeedPage implements RenderStep {
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  @Override
  public void render(RenderContext ctx, PageSink sink) throws RenderException, IOException {
    List<Article> articles = ctx.archive().articles();
    List<FeedView.Entry> entries = new ArrayList<>();
    Instant newest = Instant.EPOCH;
    for (Article a : articles.subList(0, Math.min(ctx.options().presentation().feedEntries(), articles.size()))) {
      ArticleView v = ctx.views().of(a);
      OffsetDateTime updated = updated(a);
      if (updated.toInstant().isAfter(newest)) newest = updated.toInstant();
      entries.add(new FeedView.Entry(
          ctx.absolute(v.path()).orElseGet(() -> "urn:uuid:" + uuid("article:" + v.slug())),
          v.title(),
          ctx.absolute(v.path()).orElse(v.path()),
          a.meta().published().map(FeedPage::time).map(RFC3339::format).orElse(null),
          RFC3339.format(updated),
          v.authors(),
          v.summary(),
          a.bodyHtml(),
          v.tagLinks()));
    }
    FeedView feed = new FeedView(
        ctx.options().baseUrl().orElseGet(() -> "urn:uuid:" + uuid("site:" + ctx.site().title())),
        ctx.site().title(),
        ctx.absolute("feed.xml").orElse("feed.xml"),
        ctx.options().baseUrl().orElse("./"),
        RFC3339.format(newest.atOffset(ZoneOffset.UTC)),
        ctx.site().generator(),
        entries);
    Map<String, Object> model = ctx.model("feed.xml");
    model.put("feed", feed);
    ctx.page("feed.xml", "feed.ftlx", model);
  }

  /** When an entry last changed, as far as the archive knows: published, else saved, else the file's time. */
  private static OffsetDateTime updated(Article a) {
    if (a.meta().published().isPresent()) return time(a.meta().published().get());
    return a.meta().saved()
        .map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC))
        .orElse(a.file().modified().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }

  /** A full timestamp for Atom; a date known only to the day, month or year starts at 00:00 UTC. */
  static OffsetDateTime time(PublishedDate d) {
    return d.dateTime().withNano(0).atOffset(d.offset().orElse(ZoneOffset.UTC));
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
