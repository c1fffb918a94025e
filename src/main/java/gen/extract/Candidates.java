package gen.extract;

import gen.model.Found;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The best value proposed so far for each field. A proposal replaces the current one only with
 * strictly more trust, so among equals the first heuristic to run wins.
 */
public final class Candidates {
  private record Ranked(Found<?> found, int trust) {}

  private final Map<Field<?>, Ranked> best = new HashMap<>();

  public <T> void offer(Field<T> field, T value, String provenance, int trust) {
    if (value == null) return;
    if (value instanceof String s && s.isBlank()) return;
    if (value instanceof java.util.Collection<?> c && c.isEmpty()) return;
    Ranked current = best.get(field);
    if (current == null || trust > current.trust()) {
      best.put(field, new Ranked(Found.of(value, provenance), trust));
    }
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<Found<T>> best(Field<T> field) {
    Ranked r = best.get(field);
    return r == null ? Optional.empty() : Optional.of((Found<T>) r.found());
  }

  public <T> Optional<T> value(Field<T> field) {
    return best(field).map(Found::value);
  }

  public boolean has(Field<?> field) {
    return best.containsKey(field);
  }

  /** The trust of the current best candidate, or -1 when there is none. */
  public int trustOf(Field<?> field) {
    Ranked r = best.get(field);
    return r == null ? -1 : r.trust();
  }
}
