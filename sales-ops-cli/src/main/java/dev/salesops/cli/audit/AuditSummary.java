package dev.salesops.cli.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many findings, and rows touched, per finding class: what {@code report} can print in one line and an
 * HTML page can list.
 *
 * @param rowsRead the export rows read
 * @param classes per class code (every class of {@link AuditConfig#CLASSES} that ran, in that order): findings and rows
 */
public record AuditSummary(long rowsRead, Map<String, ClassCount> classes) {

  /**
   * Findings of one class.
   *
   * @param findings how many findings (e.g. one per column)
   * @param rows the export rows they touch (a row touched by two findings counts twice)
   */
  public record ClassCount(int findings, long rows) {}

  /** Copies, keeping the order. */
  public AuditSummary {
    classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
  }

  /** The summary of {@code findings} over the classes that ran. */
  public static AuditSummary of(long rowsRead, List<String> ran, List<AuditFinding> findings) {
    Map<String, ClassCount> m = new LinkedHashMap<>();
    for (String c : ran) {
      int n = 0;
      long rows = 0;
      for (AuditFinding f : findings) {
        if (f.code().equals(c)) {
          n++;
          rows += f.rows().count();
        }
      }
      m.put(c, new ClassCount(n, rows));
    }
    return new AuditSummary(rowsRead, m);
  }

  /** All findings. */
  public int findings() {
    return classes.values().stream().mapToInt(ClassCount::findings).sum();
  }

  /** {@code audit: 5 findings in 3 classes (near-duplicate-values 2, double-entries 1, ...): run sales-ops audit}. */
  public String oneLine() {
    List<String> parts = classes.entrySet().stream().filter(e -> e.getValue().findings() > 0)
        .map(e -> e.getKey() + " " + e.getValue().findings()).collect(Collectors.toList());
    if (parts.isEmpty()) {
      return "audit: no findings in " + classes.size() + " checks";
    }
    return "audit: " + findings() + " finding" + (findings() == 1 ? "" : "s") + " in " + parts.size() + " class"
        + (parts.size() == 1 ? "" : "es") + " (" + String.join(", ", parts) + "): run sales-ops audit for details";
  }
}
