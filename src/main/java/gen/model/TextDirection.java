package gen.model;

/** Writing direction of an article's language. */
public enum TextDirection {
  LTR,
  RTL;

  public String attribute() {
    return this == LTR ? "ltr" : "rtl";
  }
}
