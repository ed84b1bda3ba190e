package dev.salesops.metrics.kpi;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The headline KPIs of one group, as {@link KpiEngine#headline} computes them without the rest of the report:
 * deals won, win rate, won revenue per currency and the sales cycle of won deals. Each equals the same field of
 * the group's full {@link KpiReport} ({@link KpiReport#won()}, {@link KpiReport#winRate()}, {@link
 * CurrencyKpis#wonAmount()} of each currency with at least one won deal, {@link KpiReport#salesCycleDays()}), with
 * the same options; see {@link KpiReport} for the definitions (window, win-rate basis, excluded lost reasons,
 * percentile method).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param key the group's dimension value ({@code ""} for records without one)
 * @param won deals won in the window
 * @param winRate won / decided (the options' basis and exclusions), with its parts
 * @param wonSum won revenue per currency (currencies with no won deal absent), exact
 * @param salesCycleDays days from created to closed of the won deals with both dates (exact median and p90)
 */
public record HeadlineKpis(List<String> key, long won, Ratio winRate, Map<CurrencyUnit, Money> wonSum, Distribution salesCycleDays) {
  /** Copies key and map (the map sorted by currency). */
  public HeadlineKpis {
    key = List.copyOf(key);
    Objects.requireNonNull(winRate, "winRate");
    wonSum = Collections.unmodifiableMap(new TreeMap<>(wonSum));
    Objects.requireNonNull(salesCycleDays, "salesCycleDays");
    Checks.nonNegative(won, "won");
    wonSum.forEach((currency, sum) -> {
      if (!sum.getCurrencyUnit().equals(currency)) {
        throw Checks.fail("wonSum." + currency, "must be in its key's currency", sum);
      }
    });
  }

  /** The headline KPIs of a full report (the projection the columnar kernel must equal). */
  public static HeadlineKpis of(List<String> key, KpiReport report) {
    TreeMap<CurrencyUnit, Money> sums = new TreeMap<>();
    report.currencies().forEach((c, k) -> {
      if (k.wonCount() > 0) {
        sums.put(c, k.wonAmount());
      }
    });
    return new HeadlineKpis(key, report.won(), report.winRate(), sums, report.salesCycleDays());
  }
}
