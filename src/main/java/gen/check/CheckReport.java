package gen.check;

import java.util.Comparator;
import java.util.List;

/** Everything a check found, in file order, and how many articles it looked at. */
public record CheckReport(int files, int articles, List<Finding> findings) {
  public CheckReport {
    findings = findings.stream()
        .sorted(Comparator.comparing(Finding::file).thenComparing(Finding::level).thenComparing(Finding::message))
        .toList();
  }

  public long count(Finding.Level level) {
    return findings.stream().filter(f -> f.level() == level).count();
  }
}
