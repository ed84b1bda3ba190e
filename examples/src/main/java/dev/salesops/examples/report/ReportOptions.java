package dev.salesops.examples.report;

import dev.salesops.examples.export.ExportMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a report is asked for: the breakdowns and the report date.
 *
 * @param mapping the export's mapping
 * @param breakdowns each breakdown is a list of dimension names combined (e.g. [team, quarter])
 * @param asOf the report date, when given
 */
public record ReportOptions(ExportMapping mapping, List<List<String>> breakdowns, Optional<LocalDate> asOf) {

  /** Parses {@code --by} values such as {@code owner} or {@code team+quarter}. */
  public static ReportOptions of(ExportMapping mapping, List<String> by, LocalDate asOf) {
    List<List<String>> b = by.stream().map(s -> List.of(s.split("\\+"))).toList();
    return new ReportOptions(mapping, b, Optional.ofNullable(asOf));
  }
}
