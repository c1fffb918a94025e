package gen.model;

import java.util.List;

/** Named entities mentioned in an article, most mentioned first. */
public record Entities(List<String> people, List<String> organizations, List<String> places) {
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

  public Entities {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
  }
}
