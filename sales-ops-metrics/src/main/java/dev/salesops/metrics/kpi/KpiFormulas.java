package dev.salesops.metrics.kpi;

import dev.salesops.core.money.MixedCurrencyException;
import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.joda.money.Money;

/**
 * The KPIs whose inputs are not deals alone (targets, spend, margins), as exact formulas over their parts.
 * Every result is a {@link Ratio}: undefined (never 0, NaN or an exception) when its denominator is 0. Amounts
 * must share one currency; otherwise a {@link MixedCurrencyException} names the currencies.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class KpiFormulas {
  private KpiFormulas() {}

  /** <b>Target attainment</b> = actual / target (e.g. 銷售額完成率); undefined when the target is 0. */
  public static Ratio targetAttainment(Money actual, Money target) {
    sameCurrency(actual, target);
    return Ratio.of(actual.getAmount(), target.getAmount());
  }

  /**
   * <b>Year-to-date attainment</b> = Σ actual / Σ target over the periods so far (not the mean of the period
   * ratios); the lists pair period by period and must have the same length.
   */
  public static Ratio targetAttainmentToDate(List<Money> actuals, List<Money> targets) {
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(targets, "targets");
    if (actuals.size() != targets.size()) {
      throw Checks.fail("actuals", "must have as many periods as targets (" + targets.size() + ")", actuals.size());
    }
    Ratio r = Ratio.undefined();
    for (int i = 0; i < actuals.size(); i++) {
      r = r.plus(targetAttainment(actuals.get(i), targets.get(i)));
    }
    return r;
  }

  /**
   * <b>Pipeline coverage</b> = open pipeline closing in the period / remaining target, where remaining target =
   * target − already won in the period. Undefined when the remaining target is 0 or less (the target is met).
   * Use {@link CurrencyKpis#pipelineClosingInWindow()} and {@link CurrencyKpis#wonAmount()} of a report whose
   * window is the period.
   */
  public static Ratio pipelineCoverage(Money pipelineClosingInPeriod, Money target, Money wonInPeriod) {
    sameCurrency(pipelineClosingInPeriod, target);
    sameCurrency(target, wonInPeriod);
    BigDecimal remaining = target.getAmount().subtract(wonInPeriod.getAmount());
    return Ratio.of(pipelineClosingInPeriod.getAmount(), remaining.signum() > 0 ? remaining : BigDecimal.ZERO);
  }

  /**
   * <b>Required pipeline</b> to close the remaining target at a win rate: {@code (target − won) / win rate}, in
   * major units of the target's currency (0 when the target is met). Undefined when the win rate is undefined or 0.
   * Example (salesmotion.io, "Pipeline coverage ratio guide"): quota 300,000 at a 25 % win rate needs 1,200,000.
   */
  public static Ratio requiredPipeline(Money target, Money wonInPeriod, Ratio winRate) {
    sameCurrency(target, wonInPeriod);
    Objects.requireNonNull(winRate, "winRate");
    if (!winRate.isDefined() || winRate.numerator().signum() == 0) {
      return Ratio.undefined();
    }
    BigDecimal remaining = target.getAmount().subtract(wonInPeriod.getAmount()).max(BigDecimal.ZERO);
    return Ratio.of(remaining.multiply(winRate.denominator()), winRate.numerator());
  }

  /**
   * <b>Required pipeline coverage</b>, as a multiple of the remaining target: {@code 1 / win rate} (the required
   * pipeline of {@link #requiredPipeline} divided by the remaining target). Compare it with {@link
   * #pipelineCoverage}. Undefined when the win rate is undefined or 0. Example (winsabove, "Pipeline coverage
   * ratio"): a 22 % win rate needs 1 / 0.22 = 4.5× coverage.
   */
  public static Ratio requiredPipelineCoverage(Ratio winRate) {
    Objects.requireNonNull(winRate, "winRate");
    if (!winRate.isDefined() || winRate.numerator().signum() == 0) {
      return Ratio.undefined();
    }
    return Ratio.of(winRate.denominator(), winRate.numerator());
  }

  /**
   * <b>Expected attainment of the remaining target from the open pipeline</b>: {@code open pipeline × win rate /
   * (target − won)}. Undefined when the win rate is undefined or the remaining target is 0 or less (the target is
   * met). Example (winsabove, "Pipeline coverage ratio"): 4.8 M open pipeline, 1.6 M remaining quota, 22 % win
   * rate: 4.8 M × 0.22 / 1.6 M = 66 %.
   */
  public static Ratio expectedAttainmentFromPipeline(Money openPipeline, Money target, Money wonInPeriod, Ratio winRate) {
    sameCurrency(openPipeline, target);
    sameCurrency(target, wonInPeriod);
    Objects.requireNonNull(winRate, "winRate");
    BigDecimal remaining = target.getAmount().subtract(wonInPeriod.getAmount());
    if (!winRate.isDefined() || remaining.signum() <= 0) {
      return Ratio.undefined();
    }
    return Ratio.of(openPipeline.getAmount().multiply(winRate.numerator()), remaining.multiply(winRate.denominator()));
  }

  /**
   * <b>CAC payback in months, margin-adjusted</b>: {@code CAC / (new MRR per customer × gross margin)} — the months
   * of gross profit that pay back the acquisition cost. The totals work too ({@code sales and marketing spend /
   * (new MRR × gross margin)}). Undefined when the margin-adjusted MRR is 0. Example (minimalistinnovation.com,
   * "CAC payback period"): 20,000 spend, 50 customers at 100 a month, 75 % margin: 20,000 / (5,000 × 0.75) = 5.33.
   *
   * @param grossMargin the gross margin as a fraction, within [0, 1]
   */
  public static Ratio cacPaybackMonths(Money customerAcquisitionCost, Money newMrrPerCustomer, BigDecimal grossMargin) {
    sameCurrency(customerAcquisitionCost, newMrrPerCustomer);
    Checks.within(grossMargin, BigDecimal.ZERO, BigDecimal.ONE, "grossMargin");
    return Ratio.of(customerAcquisitionCost.getAmount(), newMrrPerCustomer.getAmount().multiply(grossMargin));
  }

  /**
   * <b>CAC payback in months, on revenue</b> (without margin): {@code CAC / new MRR per customer}, the simpler form
   * some dashboards show. Undefined when the MRR is 0.
   */
  public static Ratio cacPaybackMonths(Money customerAcquisitionCost, Money newMrrPerCustomer) {
    return cacPaybackMonths(customerAcquisitionCost, newMrrPerCustomer, BigDecimal.ONE);
  }

  /**
   * <b>Change period over period</b> of a ratio KPI (e.g. average order value, {@link
   * CurrencyKpis#averageDealSize()}): {@code (current − previous) / previous} = {@code (a·d − c·b) / (c·b)}
   * for current {@code a/b} and previous {@code c/d}. Undefined when either is undefined or the previous
   * value is 0.
   */
  public static Ratio change(Ratio current, Ratio previous) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    if (!current.isDefined() || !previous.isDefined()) {
      return Ratio.undefined();
    }
    BigDecimal a = current.numerator();
    BigDecimal b = current.denominator();
    BigDecimal c = previous.numerator();
    BigDecimal d = previous.denominator();
    BigDecimal den = c.multiply(b);
    if (den.signum() < 0) {
      return Ratio.of(a.multiply(d).subtract(c.multiply(b)).negate(), den.negate());
    }
    return Ratio.of(a.multiply(d).subtract(c.multiply(b)), den);
  }

  /** <b>Customer acquisition cost</b> = sales and marketing spend / new customers; undefined with no new customer. */
  public static Ratio customerAcquisitionCost(Money salesAndMarketingSpend, long newCustomers) {
    Objects.requireNonNull(salesAndMarketingSpend, "salesAndMarketingSpend");
    Checks.nonNegative(newCustomers, "newCustomers");
    return Ratio.of(salesAndMarketingSpend.getAmount(), BigDecimal.valueOf(newCustomers));
  }

  /**
   * <b>Customer lifetime value</b> = average revenue per account × gross margin / revenue churn rate, e.g.
   * from {@link Retention#averageRevenuePerAccount()} and {@link Retention#revenueChurn()}. Undefined when
   * the churn is zero or undefined (a lifetime without churn is not finite) or the revenue is undefined.
   *
   * @param grossMargin the gross margin as a fraction (0.6 for 60%), within [0, 1]
   */
  public static Ratio customerLifetimeValue(Ratio averageRevenuePerAccount, BigDecimal grossMargin, Ratio revenueChurn) {
    Objects.requireNonNull(averageRevenuePerAccount, "averageRevenuePerAccount");
    Checks.within(grossMargin, BigDecimal.ZERO, BigDecimal.ONE, "grossMargin");
    Objects.requireNonNull(revenueChurn, "revenueChurn");
    if (!averageRevenuePerAccount.isDefined() || !revenueChurn.isDefined() || revenueChurn.numerator().signum() == 0) {
      return Ratio.undefined();
    }
    // (a/b * m) / (c/d) = a m d / (b c)
    return Ratio.of(averageRevenuePerAccount.numerator().multiply(grossMargin).multiply(revenueChurn.denominator()),
        averageRevenuePerAccount.denominator().multiply(revenueChurn.numerator()));
  }

  private static void sameCurrency(Money a, Money b) {
    Objects.requireNonNull(a, "amount");
    Objects.requireNonNull(b, "amount");
    if (!a.getCurrencyUnit().equals(b.getCurrencyUnit())) {
      throw new MixedCurrencyException(Set.of(a.getCurrencyUnit(), b.getCurrencyUnit()));
    }
  }
}
