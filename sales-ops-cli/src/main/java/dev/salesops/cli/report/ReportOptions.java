package dev.salesops.cli.report;

import dev.salesops.core.internal.Checks;
import dev.salesops.cli.export.ExportMapping;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.metrics.kpi.ForecastCategory;
import dev.salesops.metrics.kpi.KpiOptions;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a report is asked for: the KPI options (from the mapping and {@code --as-of}) and the breakdowns.
 *
 * <p>{@code --as-of DATE} makes the window every date up to and including DATE: deals created after it are
 * not counted as created, deals closed after it not as closed. It does not rewind a deal closed after the
 * date into an open one (an export does not say where it stood then).
 *
 * @param mapping the export's mapping
 * @param kpiOptions the KPI options
 * @param breakdowns the breakdowns asked with {@code --by}
 */
public record ReportOptions(ExportMapping mapping, KpiOptions kpiOptions, List<Breakdown> breakdowns) {

  /**
   * One breakdown: dimensions and, optionally, a period scheme.
   *
   * @param label how it was asked, e.g. {@code team+quarter}
   * @param dimensions the dimensions
   * @param period the period scheme, when one was asked
   */
  public record Breakdown(String label, List<Dimension> dimensions, Optional<PeriodScheme> period) {}

  /** Parses {@code --by} values such as {@code owner} or {@code team+quarter}. */
  public static ReportOptions of(ExportMapping mapping, List<String> by, LocalDate asOf) {
    KpiOptions.Builder k = KpiOptions.builder()
        .funnelStages(mapping.stageOrder())
        .funnelMinDeals(mapping.funnelMinDeals())
        .qualifiedStages(mapping.qualifiedStages().toArray(new String[0]))
        .excludeLostReasons(mapping.excludeLostReasons().toArray(new String[0]));
    mapping.probabilities().forEach(k::stageProbability);
    mapping.forecastCategories().forEach((stage, cat) -> k.stageForecastCategory(stage, ForecastCategory.valueOf(cat)));
    if (asOf != null) {
      k.window(DateRange.of(LocalDate.of(1000, 1, 1), asOf.plusDays(1)));
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (String spec : by) {
      List<Dimension> dims = new ArrayList<>();
      PeriodScheme period = null;
      for (String part : spec.split("\\+")) {
        String p = part.strip();
        Optional<PeriodScheme> ps = period(p);
        if (ps.isPresent()) {
          if (period != null) {
            throw Checks.fail("--by", "must name at most one period (month, quarter, year, iso-week, fiscal-year:MONTH)", spec);
          }
          period = ps.get();
        } else {
          dims.add(dimension(p, mapping));
        }
      }
      breakdowns.add(new Breakdown(spec, List.copyOf(dims), Optional.ofNullable(period)));
    }
    return new ReportOptions(mapping, k.build(), List.copyOf(breakdowns));
  }

  private static Optional<PeriodScheme> period(String name) {
    switch (name) {
      case "month":
        return Optional.of(PeriodScheme.calendarMonth());
      case "quarter":
        return Optional.of(PeriodScheme.calendarQuarter());
      case "year":
        return Optional.of(PeriodScheme.calendarYear());
      case "iso-week":
      case "week":
        return Optional.of(PeriodScheme.isoWeek());
      default:
        if (name.startsWith("fiscal-")) {
          return Optional.of(PeriodScheme.parse(name));
        }
        return Optional.empty();
    }
  }

  private static Dimension dimension(String name, ExportMapping mapping) {
    switch (name) {
      case "owner":
      case "team":
      case "region":
      case "channel":
      case "segment":
      case "account":
        return Dimension.of(name);
      case "product":
        return Dimension.PRODUCT_LINE;
      case "source":
        return Dimension.LEAD_SOURCE;
      default:
        boolean joined = mapping.joins().stream().anyMatch(j -> j.columns().containsKey(name));
        if (!mapping.dimensions().containsKey(name) && !joined) {
          throw Checks.fail("--by", "must be owner, team, region, product, channel, source, segment, account, month, quarter, "
              + "year, iso-week, fiscal-year:MONTH, fiscal-quarter:MONTH or a dimension of the mapping", name);
        }
        return Dimension.of(name);
    }
  }
}
