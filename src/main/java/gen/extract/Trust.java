package gen.extract;

/** How much a kind of signal is believed; a candidate with more trust wins. */
public final class Trust {
  /** The author of the archive said so. */
  public static final int FRONT_MATTER = 100;
  /** Machine-readable metadata made for this purpose: JSON-LD, microdata. */
  public static final int STRUCTURED = 80;
  /** OpenGraph, meta tags, Dublin Core. */
  public static final int META = 60;
  /** The visible layout: a headline line, an {@code <h1>}, a byline, a date line, a footer. */
  public static final int LAYOUT = 40;
  /** Read from the text itself: first sentence, a date in the lede, the file name. */
  public static final int INFERRED = 20;

  private Trust() {}
}
