package dev.salesops.metrics.kpi;

import dev.salesops.metrics.funnel.Funnel;
import dev.salesops.metrics.funnel.FunnelAccumulator;
import dev.salesops.metrics.period.DateRange;
import dev.salesops.metrics.period.PeriodScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * {@link Collector}s for the KPI accumulators, safe with parallel streams (each thread fills its own
 * accumulator; partials are merged, and the merge law makes the result equal to the sequential one).
 *
 * <pre>{@code
 * KpiReport report = deals.parallelStream().collect(KpiCollectors.toReport(options));
 * KpiBreakdown byOwnerAndMonth = deals.stream()
 *     .collect(KpiCollectors.toBreakdown(options, PeriodScheme.calendarMonth(), Dimension.OWNER));
 * }</pre>
 *
 * <p>This class is thread-safe (stateless).
 */
public final class KpiCollectors {
  private KpiCollectors() {}

  /** Collects a {@link KpiReport}. */
  public static Collector<DealRecord, KpiAccumulator, KpiReport> toReport(KpiOptions options) {
    Objects.requireNonNull(options, "options");
    return Collector.of(() -> new KpiAccumulator(options), KpiAccumulator::add, KpiAccumulator::merge, KpiAccumulator::finish,
        Collector.Characteristics.UNORDERED);
  }

  /** Collects a {@link KpiBreakdown} by {@code dimensions}. */
  public static Collector<DealRecord, BreakdownAccumulator, KpiBreakdown> toBreakdown(KpiOptions options, Dimension... dimensions) {
    Objects.requireNonNull(options, "options");
    List<Dimension> dims = Arrays.asList(dimensions.clone());
    return Collector.of(() -> new BreakdownAccumulator(options, dims, null), BreakdownAccumulator::add,
        BreakdownAccumulator::merge, BreakdownAccumulator::finish, Collector.Characteristics.UNORDERED);
  }

  /** Collects a {@link KpiBreakdown} by period of {@code scheme}, then by {@code dimensions}. */
  public static Collector<DealRecord, BreakdownAccumulator, KpiBreakdown> toBreakdown(KpiOptions options, PeriodScheme scheme,
      Dimension... dimensions) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(scheme, "scheme");
    List<Dimension> dims = Arrays.asList(dimensions.clone());
    return Collector.of(() -> new BreakdownAccumulator(options, dims, scheme), BreakdownAccumulator::add,
        BreakdownAccumulator::merge, BreakdownAccumulator::finish, Collector.Characteristics.UNORDERED);
  }

  /** Collects a {@link Funnel} over {@code stages} for deals created in {@code window}. */
  public static Collector<DealRecord, FunnelAccumulator, Funnel> toFunnel(List<String> stages, int minDeals, DateRange window) {
    FunnelAccumulator prototype = new FunnelAccumulator(stages, minDeals, window);
    return Collector.of(prototype::newEmpty, FunnelAccumulator::add, FunnelAccumulator::merge, FunnelAccumulator::finish,
        Collector.Characteristics.UNORDERED);
  }
}
