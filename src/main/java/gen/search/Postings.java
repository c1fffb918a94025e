package gen.search;

/**
 * The compact text form of one term's postings, read by {@code assets/search.js}: for each
 * document in increasing id order, the gap from the previous id in base 36 (digits and lower-case
 * letters), then one upper-case letter {@code A}..{@code Z} for the term's count in it (1..26).
 * Three bytes a posting is typical; the form needs no escaping in JSON or a script.
 */
final class Postings {
  static final int MAX_WEIGHT = 26;

  private final StringBuilder text = new StringBuilder();
  private int previous;
  private int count;

  void add(int doc, int weight) {
    if (doc < previous || (count > 0 && doc == previous)) {
      throw new IllegalArgumentException("postings must be added in increasing document order");
    }
    if (weight < 1 || weight > MAX_WEIGHT) throw new IllegalArgumentException("weight out of range: " + weight);
    text.append(Integer.toString(doc - previous, 36)).append((char) ('A' + weight - 1));
    previous = doc;
    count++;
  }

  int count() {
    return count;
  }

  String text() {
    return text.toString();
  }

  /** Decodes the text form into {doc, weight} pairs; the inverse of {@link #add}. */
  static int[][] decode(String s) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    int doc = 0;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && !Character.isUpperCase(s.charAt(i))) i++;
      doc += Integer.parseInt(s.substring(start, i), 36);
      out.add(new int[] {doc, s.charAt(i) - 'A' + 1});
      i++;
    }
    return out.toArray(int[][]::new);
  }
}
