package dev.salesops.metrics.kpi;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import dev.salesops.core.money.ExchangeRates;
import org.joda.money.CurrencyUnit;

/**
 * How amounts of several currencies are reported.
 *
 * <ul>
 *   <li>{@link #perCurrency()} (the default): every money KPI is computed per currency, never mixing them.
 *       Asking such a report for one amount ({@link KpiReport#singleCurrency()}) when it holds several
 *       currencies is an error naming them ({@link dev.salesops.core.money.MixedCurrencyException}).
 *   <li>{@link #convertTo}: one currency through the host's {@link ExchangeRates}. Each amount is converted
 *       individually when added (rounded to the target's minor unit with the given rounding), at the rate of
 *       the {@link RateDate} policy: {@link RateDate#CLOSE_DATE} converts closed deals at their closed date and
 *       open deals at the report date; {@link RateDate#REPORT_DATE} converts everything at the report date. A
 *       missing rate fails with {@link dev.salesops.core.money.MissingExchangeRateException} naming the pair
 *       and the date. A closed deal without a closed date under CLOSE_DATE is left out of the money KPIs.
 * </ul>
 *
 * <p>This class is immutable and thread-safe when the rates are.
 */
public final class MoneyPolicy {
  /** The date whose rate converts an amount. */
  public enum RateDate {
    /** Closed deals at their closed date, open deals at the report date. */
    CLOSE_DATE,
    /** Every amount at the report date. */
    REPORT_DATE
  }

  private static final MoneyPolicy PER_CURRENCY = new MoneyPolicy(null, null, null, null, null);

  private final CurrencyUnit target;
  private final ExchangeRates rates;
  private final RateDate rateDate;
  private final LocalDate reportDate;
  private final RoundingMode rounding;

  private MoneyPolicy(CurrencyUnit target, ExchangeRates rates, RateDate rateDate, LocalDate reportDate, RoundingMode rounding) {
    this.target = target;
    this.rates = rates;
    this.rateDate = rateDate;
    this.reportDate = reportDate;
    this.rounding = rounding;
  }

  /** Per-currency results (the default). */
  public static MoneyPolicy perCurrency() {
    return PER_CURRENCY;
  }

  /** Everything in {@code target} through {@code rates} at the {@code rateDate} policy. */
  public static MoneyPolicy convertTo(CurrencyUnit target, ExchangeRates rates, RateDate rateDate, LocalDate reportDate, RoundingMode rounding) {
    return new MoneyPolicy(Objects.requireNonNull(target, "target"), Objects.requireNonNull(rates, "rates"),
        Objects.requireNonNull(rateDate, "rateDate"), Objects.requireNonNull(reportDate, "reportDate"), Objects.requireNonNull(rounding, "rounding"));
  }

  /** The target currency; empty for per-currency results. */
  public Optional<CurrencyUnit> target() {
    return Optional.ofNullable(target);
  }

  /** The rate-date policy; empty for per-currency results. */
  public Optional<RateDate> rateDate() {
    return Optional.ofNullable(rateDate);
  }

  /** The report date; empty for per-currency results. */
  public Optional<LocalDate> reportDate() {
    return Optional.ofNullable(reportDate);
  }

  boolean converts() {
    return target != null;
  }

  CurrencyUnit targetCurrency() {
    return target;
  }

  ExchangeRates rates() {
    return rates;
  }

  RateDate rateDatePolicy() {
    return rateDate;
  }

  LocalDate reportDay() {
    return reportDate;
  }

  RoundingMode rounding() {
    return rounding;
  }

  @Override
  public String toString() {
    return target == null ? "per-currency" : "convert to " + target + " at " + rateDate + " (report date " + reportDate + ", " + rounding + ")";
  }
}
