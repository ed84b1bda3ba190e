package dev.salesops.cli.demo;

import dev.salesops.core.money.ExchangeRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * The demo's dated EUR/USD rates: a smooth, deterministic path around 1.10 USD per EUR (4 decimals), one
 * rate per calendar month (the rate of a day is its month's). Identity for equal currencies; the inverse
 * pair is derived with 8 decimals. Immutable and thread-safe.
 */
public final class DemoRates implements ExchangeRates {
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private final LocalDate start;

  /** Rates starting at {@code start}. */
  public DemoRates(LocalDate start) {
    this.start = start;
  }

  /** USD per EUR in the month of {@code date}. */
  public BigDecimal eurUsd(LocalDate date) {
    long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1));
    double r = 1.10 + 0.04 * Math.sin(months / 4.0) + 0.002 * (months % 3);
    return BigDecimal.valueOf(r).setScale(4, RoundingMode.HALF_EVEN);
  }

  @Override
  public Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to, LocalDate date) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    if (from.equals(EUR) && to.equals(USD)) {
      return Optional.of(eurUsd(date));
    }
    if (from.equals(USD) && to.equals(EUR)) {
      return Optional.of(BigDecimal.ONE.divide(eurUsd(date), 8, RoundingMode.HALF_EVEN));
    }
    return Optional.empty();
  }
}
