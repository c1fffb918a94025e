package gen.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gen.extract.Field;
import org.junit.jupiter.api.Test;

/** The day the page shows, when metadata backs it, over the day metadata writes in UTC or as first published. */
class ShownDateTest {
  private static String day(String head, String body) {
    var ctx = Pages.run("<html><head>" + head + "</head><body>" + body + "</body></html>",
        new MetaTagsHeuristic(), new JsonLdHeuristic(), new PageDateHeuristic());
    return ctx.candidates().value(Field.DATE).map(d -> d.day().toString()).orElse("none");
  }

  private static String jsonLd(String published, String modified) {
    return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Fire at the pier\","
        + "\"datePublished\":\"" + published + "\",\"dateModified\":\"" + modified + "\"}</script>";
  }

  @Test
  void a_local_time_shown_beats_the_same_moment_in_utc() {
    assertEquals("2023-11-08", day(jsonLd("2023-11-09T01:09:55Z", "2023-11-09T01:09:55Z"),
        "<article><h1>Fire at the pier</h1><time datetime=\"2023-11-08 18:09:55\">November 8, 2023 at 6:09 p.m.</time>"
            + "<p>Text.</p></article>"));
  }

  @Test
  void a_date_shown_that_metadata_gives_as_modified_is_the_date() {
    assertEquals("2023-04-01", day(jsonLd("2021-01-01T11:00:00.000Z", "2023-04-01T10:00:00.000Z"),
        "<article><h1>Fire at the pier</h1><p class=\"publishInfo\"><span class=\"publishInfo__date\">"
            + "<time datetime=\"2023-04-01 12:00\">01.04.2023, 12:00</time></span> Uhr</p><p>Text.</p></article>"));
  }

  @Test
  void a_date_labelled_as_an_update_leaves_the_publication_date() {
    assertEquals("2017-12-15", day(jsonLd("2017-12-15T08:50:02-05:00", "2018-07-24T14:15:58-04:00"),
        "<article><h1>Fire at the pier</h1><div class=\"byline\">Updated <time datetime=\"2018-07-24T18:15:58+00:00\">"
            + "Jul 24, 2018, 2:15pm EDT</time></div><p>Text.</p></article>"));
  }

  @Test
  void a_date_no_metadata_backs_stays_below_the_metadata() {
    assertEquals("2020-03-05", day(jsonLd("2020-03-05T10:00:00+01:00", "2020-03-05T10:00:00+01:00"),
        "<article><h1>Fire at the pier</h1><span class=\"date\">12.02.2020</span><p>Text.</p></article>"));
  }

  @Test
  void a_day_shown_one_day_off_a_utc_moment_proves_nothing() {
    assertEquals("2018-06-12", day("<meta property=\"article:published_time\" content=\"2018-06-12T23:00:00.000Z\">",
        "<ul class=\"post-metaList\"><li>On 6/13/2018 by @someone</li></ul><p>Text.</p>"));
  }

  @Test
  void the_same_moment_in_the_publishers_offset_gives_the_local_day() {
    assertEquals("2023-11-08", day("<meta property=\"article:published_time\" content=\"2023-11-09T03:28:35+00:00\">"
        + "<meta name=\"sailthru.date\" content=\"2023-11-08 22:28:35\">", "<p>Text.</p>"));
    assertEquals("2020-02-24", day(jsonLd("2020-02-25T02:25:54Z", "2020-02-25T02:25:54Z")
        + "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"date\":\"2020-02-24T21:25:54-05:00\"}</script>",
        "<p>Text.</p>"));
  }

  @Test
  void date_labels_with_two_figure_years_and_meta_lines_are_read() {
    assertEquals("2022-09-23", day("", "<div class=\"uploaded-date\">23.09.22</div><p>Text.</p>"));
    assertEquals("2020-04-22", day("", "<div class=\"teaser_text_meta\">Jane Doe / 22.04.2020 / 06:15 / Foto: Agency / 150 /</div>"));
  }

  @Test
  void the_site_bars_date_is_todays_not_the_articles() {
    assertEquals("2020-04-28", day("", "<nav><div class=\"sitenav__time\">11:39 GMT 29 April 2020</div></nav>"
        + "<div class=\"article-date\">28.04.2020</div><p>Text.</p>"));
  }
}
