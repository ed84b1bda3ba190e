package dev.salesops.spark;

import dev.salesops.cli.export.ExportReader;
import dev.salesops.cli.report.ExportReport;
import dev.salesops.metrics.funnel.Funnel;
import java.nio.file.Path;
import java.util.Optional;

/** The funnel of the CLI's in-process report of an export. */
final class ExportReportFunnel {
  private ExportReportFunnel() {}

  static Optional<Funnel> inProcess(Path csv, ReportSpec spec) throws Exception {
    ExportReport report = new ExportReport(spec.options());
    ExportReader.Summary summary = ExportReader.of(spec.mapping()).read(csv, report::add, i -> { }, false, n -> { });
    report.finish(summary, java.util.List.of());
    return report.report().funnel();
  }
}
