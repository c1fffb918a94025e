package gen.model;

import java.util.Objects;

/**
 * A metadata value together with where it came from ({@code front-matter}, {@code json-ld},
 * {@code first-line}, ...). Every heuristic field of an article carries one.
 */
public record Found<T>(T value, String provenance) {
  public Found {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
  }

  public static <T> Found<T> of(T value, String provenance) {
    return new Found<>(value, provenance);
  }
}
