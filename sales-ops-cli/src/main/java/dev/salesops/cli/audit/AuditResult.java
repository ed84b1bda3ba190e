package dev.salesops.cli.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an audit found: the export's size, its value per currency, the findings in class order, and the
 * checks that could not run (with why).
 *
 * @param file the export's file name
 * @param asOf the audit date
 * @param rowsRead data rows read
 * @param columns the header's column count
 * @param totals the sum of the rows' amounts per currency (rows with an unreadable amount or currency left out)
 * @param ran the class codes that ran, in order
 * @param findings the findings, in class order
 * @param notes checks skipped or limited, one line each (e.g. {@code stale-open-deal: no stage-change column})
 */
public record AuditResult(
    String file,
    LocalDate asOf,
    long rowsRead,
    int columns,
    Map<String, BigDecimal> totals,
    List<String> ran,
    List<AuditFinding> findings,
    List<String> notes) {

  /** Validates and copies. */
  public AuditResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
    ran = List.copyOf(ran);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** Findings and rows per class. */
  public AuditSummary summary() {
    return AuditSummary.of(rowsRead, ran, findings);
  }

  /** The findings of class {@code code}. */
  public List<AuditFinding> findings(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }
}
