package gen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A thread-safe collector of diagnostics; listed in file order so output is deterministic. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public void error(String file, String message) {
    add(Diagnostic.error(file, message));
  }

  public void warning(String file, String message) {
    add(Diagnostic.warning(file, message));
  }

  public synchronized List<Diagnostic> all() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(Diagnostic::file).thenComparing(Diagnostic::message));
    return copy;
  }

  public synchronized long errorCount() {
    return items.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
  }

  public synchronized long warningCount() {
    return items.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
  }
}
