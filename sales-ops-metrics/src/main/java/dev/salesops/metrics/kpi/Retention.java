package dev.salesops.metrics.kpi;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * Customer (account) retention KPIs over a cohort, computed by {@link RetentionAccumulator}. An account is
 * <em>active</em> in a window when it has won revenue (won deals closed) in it; the <b>cohort</b> is the
 * accounts active in the start window. For each cohort account with start revenue {@code s} and period
 * revenue {@code e}: expansion {@code max(e − s, 0)}, contraction {@code max(s − e, 0)} when {@code e > 0},
 * churned revenue {@code s} when {@code e = 0}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param currency the currency of all amounts
 * @param cohortAccounts accounts active in the start window
 * @param churnedAccounts cohort accounts not active in the period
 * @param logoChurn churned accounts / cohort accounts
 * @param startRevenue Σ start revenue of the cohort
 * @param periodRevenueOfCohort Σ period revenue of the cohort
 * @param expansion Σ expansion
 * @param contraction Σ contraction
 * @param churnedRevenue Σ start revenue of churned accounts
 * @param revenueChurn gross revenue churn = (contraction + churned revenue) / start revenue
 * @param grossRevenueRetention (start − contraction − churned) / start revenue (at most 1)
 * @param netRevenueRetention (start + expansion − contraction − churned) / start = period revenue of the cohort /
 *     start revenue
 * @param activeAccounts accounts active in the period (cohort or not)
 * @param repeatPurchaseRate accounts with two or more won deals in the period / accounts with at least one
 * @param averageRevenuePerAccount period revenue of all accounts / active accounts
 * @param leftOut won deals left out for lack of an account, an amount or a closed date
 * @param newAccounts accounts active in the period that are not in the cohort
 * @param logoChurnOverServiced churned accounts / accounts serviced in the period (cohort + new accounts): the
 *     form that puts the customers won during the period in the denominator too, beside the start-based {@code
 *     logoChurn}
 */
public record Retention(CurrencyUnit currency, long cohortAccounts, long churnedAccounts, Ratio logoChurn, BigDecimal startRevenue,
    BigDecimal periodRevenueOfCohort, BigDecimal expansion, BigDecimal contraction, BigDecimal churnedRevenue, Ratio revenueChurn,
    Ratio grossRevenueRetention, Ratio netRevenueRetention, long activeAccounts, Ratio repeatPurchaseRate,
    Ratio averageRevenuePerAccount, long leftOut, long newAccounts, Ratio logoChurnOverServiced) {
  /** Refuses {@code null} components. */
  public Retention {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(logoChurn, "logoChurn");
    Objects.requireNonNull(startRevenue, "startRevenue");
    Objects.requireNonNull(periodRevenueOfCohort, "periodRevenueOfCohort");
    Objects.requireNonNull(expansion, "expansion");
    Objects.requireNonNull(contraction, "contraction");
    Objects.requireNonNull(churnedRevenue, "churnedRevenue");
    Objects.requireNonNull(revenueChurn, "revenueChurn");
    Objects.requireNonNull(grossRevenueRetention, "grossRevenueRetention");
    Objects.requireNonNull(netRevenueRetention, "netRevenueRetention");
    Objects.requireNonNull(repeatPurchaseRate, "repeatPurchaseRate");
    Objects.requireNonNull(averageRevenuePerAccount, "averageRevenuePerAccount");
    Objects.requireNonNull(logoChurnOverServiced, "logoChurnOverServiced");
    Checks.nonNegative(cohortAccounts, "cohortAccounts");
    Checks.nonNegative(churnedAccounts, "churnedAccounts");
    Checks.nonNegative(activeAccounts, "activeAccounts");
    Checks.nonNegative(leftOut, "leftOut");
    Checks.nonNegative(newAccounts, "newAccounts");
    if (churnedAccounts > cohortAccounts) {
      throw Checks.fail("churnedAccounts", "must not exceed cohortAccounts (" + cohortAccounts + ")", churnedAccounts);
    }
    if (newAccounts > activeAccounts) {
      throw Checks.fail("newAccounts", "must not exceed activeAccounts (" + activeAccounts + ")", newAccounts);
    }
  }
}
