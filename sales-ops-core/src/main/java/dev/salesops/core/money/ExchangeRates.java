package dev.salesops.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Exchange rates the host supplies: the only way amounts change currency in sales-ops.
 *
 * <p>Implementations must be thread-safe. {@link #rate} returns how many units of {@code to} one unit of
 * {@code from} buys on {@code date}; empty when the host has no rate (conversion then fails with a message
 * naming the pair and the date, it never guesses).
 */
@FunctionalInterface
public interface ExchangeRates {

  /** The rate from {@code from} to {@code to} on {@code date}, or empty when unknown. */
  Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to, LocalDate date);

  /**
   * Converts {@code amount} to {@code to} at the rate on {@code date}, rounding to {@code to}'s minor unit
   * with {@code rounding}. The same currency converts to itself unchanged.
   *
   * @throws MissingExchangeRateException when no rate is known
   */
  default Money convert(Money amount, CurrencyUnit to, LocalDate date, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rounding, "rounding");
    if (amount.getCurrencyUnit().equals(to)) {
      return amount;
    }
    BigDecimal rate = rate(amount.getCurrencyUnit(), to, date)
        .orElseThrow(() -> new MissingExchangeRateException(amount.getCurrencyUnit(), to, date));
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate " + amount.getCurrencyUnit() + "->" + to + " on " + date + " must be positive: " + rate.toPlainString());
    }
    return amount.convertedTo(to, rate, rounding);
  }

  /** No rates at all: every conversion between different currencies fails. */
  static ExchangeRates none() {
    return (from, to, date) -> Optional.empty();
  }
}
