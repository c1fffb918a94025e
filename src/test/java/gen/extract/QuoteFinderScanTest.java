package gen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gen.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link QuoteFinder#nextQuoted} against the regex it stands for, {@link QuoteFinder#QUOTED}, on
 * random text: every mark, runs just under and over both length limits, surrogate pairs (counted
 * as one character by the regex) and lone surrogates.
 */
class QuoteFinderScanTest {
  private static final String[] PIECES = {
      "“", "”", "\"", "«", "»", "„", "‘", "’", " ", "word ", "said Jane Doe.", "\n", "\uD83D\uDE00", "\uD800", "\uDC00",
      "a".repeat(19), "b".repeat(20), "c".repeat(1499), "d".repeat(1500), "e".repeat(1501), "\uD83D\uDE00".repeat(10)};

  @Test
  void the_scan_finds_what_the_regex_finds() {
    Random random = new Random(20261127);
    int quotes = 0;
    for (int run = 0; run < 20_000; run++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(14);
      for (int i = 0; i < n; i++) sb.append(PIECES[random.nextInt(PIECES.length)]);
      String text = sb.toString();
      List<String> expected = new ArrayList<>();
      Matcher m = QuoteFinder.QUOTED.matcher(text);
      while (m.find()) expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
      List<String> actual = new ArrayList<>();
      char[] chars = text.toCharArray();
      for (int[] q = QuoteFinder.nextQuoted(chars, 0); q != null; q = QuoteFinder.nextQuoted(chars, q[1])) {
        actual.add(q[0] + "-" + q[1] + ":" + text.substring(q[0] + 1, q[1] - 1));
      }
      assertEquals(expected, actual, text);
      quotes += expected.size();
    }
    assertTrue(quotes > 1000, "quotations found: " + quotes);
  }

  /** The search as it was, each paragraph copied into an array of its own, for comparison. */
  private static List<Quote> reference(List<String> paragraphs, List<String> people) {
    List<Quote> quotes = new java.util.ArrayList<>();
    java.util.Optional<String> lastPerson = java.util.Optional.empty();
    Mentions mentions = new Mentions(people);
    for (String p : paragraphs) {
      char[] chars = p.toCharArray();
      int searchedUpTo = 0;
      for (int[] q; (q = QuoteFinder.nextQuoted(chars, searchedUpTo)) != null; ) {
        int start = q[0];
        int end = q[1];
        java.util.Optional<String> mentionedBefore = mentions.lastIn(chars, searchedUpTo, start);
        if (mentionedBefore.isPresent()) lastPerson = mentionedBefore;
        String after = p.substring(end, Math.min(p.length(), end + 80));
        String before = p.substring(Math.max(0, start - 80), start);
        java.util.Optional<String> speaker = QuoteFinder.speaker(after, before, lastPerson);
        speaker = speaker.map(s -> QuoteFinder.FINAL_PERIOD.matcher(s).replaceFirst("")).map(s -> QuoteFinder.fullName(s, people));
        String text = QuoteFinder.FINAL_COMMA.matcher(p.substring(start + 1, end - 1).strip()).replaceAll("");
        quotes.add(new Quote(text, speaker));
        if (speaker.isPresent()) lastPerson = speaker;
        searchedUpTo = end;
      }
      java.util.Optional<String> mentioned = mentions.lastIn(chars, searchedUpTo, chars.length);
      if (mentioned.isPresent()) lastPerson = mentioned;
    }
    return quotes;
  }

  @Test
  void quotes_found_in_the_joined_body_are_those_found_paragraph_by_paragraph() {
    String[] pieces = {
      "“", "”", "\"", "«", "»", "„", "Jane Doe", "Doe", "Xi", " said", ", said Xi Jinping.", " he said", "words words words ",
      "a much longer stretch of words here", " ", "\n", ",", ".", "é", "\uD835\uDC00", "Jane Doe said: "
    };
    java.util.Random random = new java.util.Random(31);
    for (int round = 0; round < 4000; round++) {
      List<String> paragraphs = new java.util.ArrayList<>();
      int count = random.nextInt(5);
      for (int k = 0; k < count; k++) {
        StringBuilder p = new StringBuilder();
        int parts = random.nextInt(20);
        for (int i = 0; i < parts; i++) p.append(pieces[random.nextInt(pieces.length)]);
        paragraphs.add(p.toString());
      }
      List<String> people = random.nextBoolean() ? List.of("Jane Doe", "Xi Jinping") : List.of();
      assertEquals(reference(paragraphs, people), QuoteFinder.find(paragraphs, people), paragraphs.toString());
    }
  }
}
