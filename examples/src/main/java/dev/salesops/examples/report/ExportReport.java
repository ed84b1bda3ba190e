package dev.salesops.examples.report;

import dev.salesops.examples.export.ExportReader;
import dev.salesops.examples.export.ExportRow;
import dev.salesops.examples.export.RowIssue;
import java.util.List;

/** The KPI report of an export (being wired to the metrics module). Not thread-safe. */
public final class ExportReport {
  private final ReportOptions options;
  private long rows;
  private ExportReader.Summary summary;
  private List<RowIssue> issues = List.of();

  /** A report for {@code options}. */
  public ExportReport(ReportOptions options) {
    this.options = options;
  }

  /** Adds a usable row. */
  public void add(ExportRow row) {
    rows++;
  }

  /** Ends the read. */
  public void finish(ExportReader.Summary summary, List<RowIssue> issues) {
    this.summary = summary;
    this.issues = List.copyOf(issues);
  }

  /** Text output. */
  public String toText() {
    return "rows used: " + rows + " of " + summary.rowsRead() + " (" + options.breakdowns() + ")\n" + issues.size() + " issues\n";
  }

  /** JSON output. */
  public String toJson() {
    return "{\"rowsUsed\": " + rows + "}";
  }
}
