package dev.salesops.metrics.kpi;

import dev.salesops.core.internal.Checks;
import dev.salesops.core.model.ForecastCategory;
import dev.salesops.metrics.ratio.Ratio;
import dev.salesops.metrics.stats.Distribution;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The money KPIs of a {@link KpiReport} in one currency. Only deals with an amount in this currency (or
 * converted into it, see {@link MoneyPolicy}) count here.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param currency the currency
 * @param wonCount won deals closed in the window with an amount
 * @param wonAmount their total amount
 * @param winRateByValue amount won / amount in the win-rate denominator ({@link WinRateBasis}), excluded
 *     lost reasons left out; undefined when the denominator is 0
 * @param dealSize the distribution of won amounts (major units): {@code mean()} is the <b>average deal size</b>
 *     (= average order value) Σ won / won count, {@code median()} the <b>median deal size</b> (mean of the two
 *     middle values for an even count), {@code p90()}
 * @param openCount open deals created in the window with an amount
 * @param openPipeline their total amount
 * @param weightedCount open deals with an amount and a probability (own, or the stage default)
 * @param weightedPipeline <b>weighted pipeline</b> Σ amount × probability over them, exact (may have more
 *     decimals than the currency)
 * @param forecastCategories the open amount per forecast category (own, or the stage default)
 * @param forecastRollups cumulative roll-ups as CRMs show them: COMMIT = commit; BEST_CASE = commit + best
 *     case; PIPELINE = commit + best case + pipeline
 * @param closingInWindowCount open deals whose expected close date is in the window
 * @param pipelineClosingInWindow their total amount: the numerator of pipeline coverage ({@link
 *     KpiFormulas#pipelineCoverage})
 * @param qualifiedOpenCount open deals created in the window, with an amount, in a qualified stage
 * @param salesVelocityPerDay <b>sales velocity</b> = opportunities ({@code velocityOpportunities}) × average deal
 *     size × win rate (by count) / average sales cycle (won, days), in currency units per day; undefined when any
 *     of the averages or the win rate is undefined or the average cycle is 0
 * @param velocityOpportunities the opportunities the velocity counts, by {@link KpiOptions#velocityBasis()}: the
 *     qualified open deals (the default) or every opportunity created in the window that is not disqualified
 */
public record CurrencyKpis(CurrencyUnit currency, long wonCount, Money wonAmount, Ratio winRateByValue, Distribution dealSize,
    long openCount, Money openPipeline, long weightedCount, BigDecimal weightedPipeline,
    Map<ForecastCategory, Money> forecastCategories, Map<ForecastCategory, Money> forecastRollups, long closingInWindowCount,
    Money pipelineClosingInWindow, long qualifiedOpenCount, Ratio salesVelocityPerDay, long velocityOpportunities) {

  /** Checks and copies. */
  public CurrencyKpis {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(wonAmount, "wonAmount");
    Objects.requireNonNull(winRateByValue, "winRateByValue");
    Objects.requireNonNull(dealSize, "dealSize");
    Objects.requireNonNull(openPipeline, "openPipeline");
    Objects.requireNonNull(weightedPipeline, "weightedPipeline");
    Objects.requireNonNull(forecastCategories, "forecastCategories");
    Objects.requireNonNull(forecastRollups, "forecastRollups");
    Objects.requireNonNull(pipelineClosingInWindow, "pipelineClosingInWindow");
    Objects.requireNonNull(salesVelocityPerDay, "salesVelocityPerDay");
    Checks.nonNegative(wonCount, "wonCount");
    Checks.nonNegative(openCount, "openCount");
    Checks.nonNegative(weightedCount, "weightedCount");
    Checks.nonNegative(closingInWindowCount, "closingInWindowCount");
    Checks.nonNegative(qualifiedOpenCount, "qualifiedOpenCount");
    Checks.nonNegative(velocityOpportunities, "velocityOpportunities");
    if (weightedCount > openCount) {
      throw Checks.fail("weightedCount", "must not exceed openCount (" + openCount + ")", weightedCount);
    }
    if (qualifiedOpenCount > openCount) {
      throw Checks.fail("qualifiedOpenCount", "must not exceed openCount (" + openCount + ")", qualifiedOpenCount);
    }
    if (dealSize.count() != wonCount) {
      throw Checks.fail("dealSize.count", "must equal wonCount (" + wonCount + ")", dealSize.count());
    }
    inCurrency(currency, wonAmount, "wonAmount");
    inCurrency(currency, openPipeline, "openPipeline");
    inCurrency(currency, pipelineClosingInWindow, "pipelineClosingInWindow");
    categories(currency, forecastCategories, "forecastCategories", false);
    categories(currency, forecastRollups, "forecastRollups", true);
    // enum order (COMMIT, BEST_CASE, PIPELINE, OMITTED): stable iteration and JSON
    forecastCategories = Collections.unmodifiableMap(forecastCategories.isEmpty()
        ? new EnumMap<>(ForecastCategory.class) : new EnumMap<>(forecastCategories));
    forecastRollups = Collections.unmodifiableMap(forecastRollups.isEmpty()
        ? new EnumMap<>(ForecastCategory.class) : new EnumMap<>(forecastRollups));
  }

  private static void inCurrency(CurrencyUnit currency, Money amount, String field) {
    if (!amount.getCurrencyUnit().equals(currency)) {
      throw Checks.fail(field, "must be in the record's currency " + currency, amount);
    }
  }

  /** Open categories only (no CLOSED; no OMITTED in a roll-up), amounts in {@code currency}. */
  private static void categories(CurrencyUnit currency, Map<ForecastCategory, Money> map, String field, boolean rollup) {
    for (Map.Entry<ForecastCategory, Money> e : map.entrySet()) {
      ForecastCategory c = Objects.requireNonNull(e.getKey(), field + " key");
      if (!c.isOpenCategory() || rollup && c == ForecastCategory.OMITTED) {
        throw Checks.fail(field, rollup ? "must roll up COMMIT, BEST_CASE and PIPELINE only" : "must not hold CLOSED", c);
      }
      inCurrency(currency, Objects.requireNonNull(e.getValue(), field + "." + c), field + "." + c);
    }
  }

  /** The average deal size (average order value): Σ won amount / won count, in major units. */
  public Ratio averageDealSize() {
    return dealSize.mean();
  }
}
