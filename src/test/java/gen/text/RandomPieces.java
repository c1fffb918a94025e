package gen.text;

import java.util.Random;

/**
 * Text strung together from a few pieces at random, for the tests that check a fast path against
 * the code or the regex it replaced: pieces chosen to sit on the edges (white space of every
 * kind, surrogates, marks, punctuation) meet each other in every order.
 */
public final class RandomPieces {
  private RandomPieces() {}

  /** Fewer than {@code bound} pieces, each any of {@code pieces}. */
  public static String text(Random random, String[] pieces, int bound) {
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(bound);
    for (int i = 0; i < parts; i++) text.append(pieces[random.nextInt(pieces.length)]);
    return text.toString();
  }
}
