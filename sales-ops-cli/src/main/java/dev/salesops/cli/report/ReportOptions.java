package dev.salesops.cli.report;

import dev.salesops.core.internal.Checks;
import dev.salesops.cli.export.ExportMapping;
import dev.salesops.cli.export.Field;
import dev.salesops.metrics.stats.PercentileMethod;
import java.util.HashSet;
import java.util.Set;
import dev.salesops.metrics.kpi.Dimension;
import dev.salesops.core.model.ForecastCategory;
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
public record ReportOptions(ExportMapping mapping, KpiOptions kpiOptions, List<Breakdown> breakdowns, List<String> notes,
    Optional<String> funnelOmitted, Optional<String> funnelCaveat) {

  /**
   * One breakdown: dimensions and, optionally, a period scheme.
   *
   * @param label how it was asked, e.g. {@code team+quarter}
   * @param dimensions the dimensions
   * @param period the period scheme, when one was asked
   * @param names the names of the key parts as {@code --by} spells them (e.g. {@code product}, {@code month}),
   *     the dimensions' first, then the period's
   */
  public record Breakdown(String label, List<Dimension> dimensions, Optional<PeriodScheme> period, List<String> names) {}

  /** How the sales-cycle KPI is computed from the command line. */
  public enum Cycle {
    /** Cycle time of won deals only (the default). */
    WON,
    /** Also the cycle time of all closed (won and lost) deals. */
    CLOSED
  }

  /** As {@link #of(ExportMapping, List, LocalDate, PercentileMethod, Cycle)} with linear percentiles and won-deal cycles. */
  public static ReportOptions of(ExportMapping mapping, List<String> by, LocalDate asOf) {
    return of(mapping, by, asOf, PercentileMethod.LINEAR, Cycle.WON);
  }

  /** Whether the mapping gives stage data a funnel can be drawn from: two open stages, or a lost-at column. */
  static boolean hasStageData(ExportMapping mapping) {
    Set<String> open = new HashSet<>();
    for (String s : mapping.stages().values()) {
      if (mapping.stageOrder().contains(s)) {
        open.add(s);
      }
    }
    return open.size() >= 2 || mapping.columns().containsKey(Field.LOST_AT);
  }

  /** Whether rows can have a created date (mapped, or derived from the close date and cycle days). */
  static boolean hasCreated(ExportMapping m) {
    return m.columns().containsKey(Field.CREATED) || m.columns().containsKey(Field.CLOSED) && m.columns().containsKey(Field.CYCLE_DAYS);
  }

  /** Whether closed rows can have a close date (mapped, or derived from the created date and cycle days). */
  static boolean hasClosed(ExportMapping m) {
    return m.columns().containsKey(Field.CLOSED) || m.columns().containsKey(Field.CREATED) && m.columns().containsKey(Field.CYCLE_DAYS);
  }

  /** What the mapping makes impossible, said once up front. */
  static List<String> notes(ExportMapping m) {
    List<String> notes = new ArrayList<>();
    boolean created = hasCreated(m);
    boolean closed = hasClosed(m);
    if (m.columns().containsKey(Field.CYCLE_DAYS)) {
      notes.add(m.columns().containsKey(Field.CREATED) ? "close dates of closed deals are derived: created + cycle days"
          : m.columns().containsKey(Field.CLOSED) ? "created dates are derived: close date - cycle days"
          : "cycle days without a created or close date cannot be placed in time: they are not used");
    }
    if (!closed) {
      notes.add("no close-date column: no sales cycle, no periods for won and lost deals (--by month, quarter, ...), and with"
          + " --as-of every closed deal is left out of the closed-date KPIs (won, lost, win rate, deal size)");
    }
    if (!created) {
      notes.add("no created-date column: no sales cycle, no new leads or opportunities by date, and with --as-of open deals are left out"
          + " of the created-date KPIs");
    }
    if (!m.columns().containsKey(Field.AMOUNT)) {
      notes.add("no amount column: no money KPIs (won amount, win rate by value, deal size, pipeline, velocity)");
    }
    if (!m.columns().containsKey(Field.ACCOUNT)) {
      notes.add("no account column: new customers cannot be counted");
    }
    return List.copyOf(notes);
  }

  /** Parses {@code --by} values such as {@code owner} or {@code team+quarter}. */
  public static ReportOptions of(ExportMapping mapping, List<String> by, LocalDate asOf, PercentileMethod percentile, Cycle cycle) {
    boolean stageData = hasStageData(mapping);
    Optional<String> omitted = stageData ? Optional.empty() : Optional.of("no funnel: the export has no stage data (its stage values map"
        + " to fewer than two open stages of stageOrder and there is no lost-at column), so a funnel would invent stages and a bottleneck");
    Optional<String> caveat = stageData && !mapping.columns().containsKey(Field.LOST_AT)
        ? Optional.of("the export has no lost-at-stage column: every lost deal counts as lost at the first stage, so the first"
            + " stage's conversion is understated and the bottleneck may be misplaced")
        : Optional.empty();
    KpiOptions.Builder k = KpiOptions.builder()
        .percentileMethod(percentile)
        .cycleForAllClosed(cycle == Cycle.CLOSED)
        .funnelStages(stageData ? mapping.stageOrder() : List.of())
        .funnelMinDeals(mapping.funnelMinDeals())
        .qualifiedStages(mapping.qualifiedStages().toArray(new String[0]))
        .excludeLostReasons(mapping.excludeLostReasons().toArray(new String[0]));
    // loops, not forEach with lambdas: no invokedynamic bootstraps at every run's start-up (issue 14)
    for (java.util.Map.Entry<String, java.math.BigDecimal> p : mapping.probabilities().entrySet()) {
      k.stageProbability(p.getKey(), p.getValue());
    }
    for (java.util.Map.Entry<String, String> fc : mapping.forecastCategories().entrySet()) {
      k.stageForecastCategory(fc.getKey(), ForecastCategory.valueOf(fc.getValue()));
    }
    if (asOf != null) {
      k.window(DateRange.of(LocalDate.of(1000, 1, 1), asOf.plusDays(1)));
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (String spec : by) {
      List<Dimension> dims = new ArrayList<>();
      List<String> names = new ArrayList<>();
      PeriodScheme period = null;
      String periodName = null;
      for (String part : spec.split("\\+")) {
        String p = part.strip();
        Optional<PeriodScheme> ps = period(p);
        if (ps.isPresent()) {
          if (period != null) {
            throw Checks.fail("--by", "must name at most one period (month, quarter, year, iso-week, fiscal-year:MONTH)", spec);
          }
          if (!hasCreated(mapping) && !hasClosed(mapping)) {
            throw Checks.fail("--by", "cannot use a period: the mapping has no created or close-date column", spec);
          }
          period = ps.get();
          periodName = p;
        } else {
          dims.add(dimension(p, mapping));
          names.add(p);
        }
      }
      if (periodName != null) {
        names.add(periodName);
      }
      breakdowns.add(new Breakdown(spec, List.copyOf(dims), Optional.ofNullable(period), List.copyOf(names)));
    }
    List<String> notes = new ArrayList<>(notes(mapping));
    if (omitted.isPresent()) {
      notes.add(omitted.get());
    }
    return new ReportOptions(mapping, k.build(), List.copyOf(breakdowns), List.copyOf(notes), omitted, caveat);
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
