package gen.extract;

/**
 * One way of finding metadata. A heuristic looks at the context, offers candidates with a trust
 * level and, when what it found is not body text (a headline line, a footer), removes it from
 * the body. Implementations are stateless.
 */
public interface Heuristic {
  void apply(ExtractionContext context);
}
