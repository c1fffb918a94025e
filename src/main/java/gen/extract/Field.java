package gen.extract;

import gen.model.PublishedDate;
import gen.model.Source;
import java.util.List;

/** A typed key for one metadata field that heuristics propose candidates for. */
public final class Field<T> {
  public static final Field<String> TITLE = new Field<>("title");
  public static final Field<String> SLUG = new Field<>("slug");
  public static final Field<PublishedDate> DATE = new Field<>("date");
  public static final Field<java.time.LocalDate> SAVED = new Field<>("saved");
  public static final Field<List<String>> AUTHORS = new Field<>("authors");
  public static final Field<Source> SOURCE = new Field<>("source");
  public static final Field<String> URL = new Field<>("url");
  public static final Field<String> LANGUAGE = new Field<>("language");
  public static final Field<String> SUMMARY = new Field<>("summary");
  public static final Field<String> IMAGE = new Field<>("image");
  public static final Field<List<String>> TAGS = new Field<>("tags");
  public static final Field<Boolean> DRAFT = new Field<>("draft");
  public static final Field<gen.model.Dateline> DATELINE = new Field<>("dateline");

  private final String name;

  private Field(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
