package dev.salesops.core.money;

import dev.salesops.core.internal.Checks;
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
 * naming the pair and the date, it never guesses). A rate must be positive, with at most
 * {@value #MAX_RATE_SCALE} decimal places and {@value #MAX_RATE_INTEGER_DIGITS} integer digits; otherwise
 * conversion fails with an {@link IllegalArgumentException} naming the pair, the date and the rate.
 */
@FunctionalInterface
public interface ExchangeRates {
  /** The most decimal places a rate may have. */
  int MAX_RATE_SCALE = 30;
  /** The most integer digits a rate may have. */
  int MAX_RATE_INTEGER_DIGITS = 20;

  /** The rate from {@code from} to {@code to} on {@code date}, or empty when unknown. */
  Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to, LocalDate date);

  /**
   * Converts {@code amount} to {@code to} at the rate on {@code date}, rounding to {@code to}'s minor unit
   * with {@code rounding}. The same currency converts to itself unchanged. A converted amount beyond
   * {@link Monies#MAX_ABS_AMOUNT} is refused (a {@link dev.salesops.core.validation.ValidationException}).
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
    Optional<BigDecimal> found = Objects.requireNonNull(rate(amount.getCurrencyUnit(), to, date),
        "ExchangeRates.rate returned null instead of Optional.empty()");
    BigDecimal rate = found.orElseThrow(() -> new MissingExchangeRateException(amount.getCurrencyUnit(), to, date));
    String pair = "rate " + amount.getCurrencyUnit() + "->" + to + " on " + date;
    if (rate.signum() <= 0) {
      throw Checks.fail(pair, "must be positive", Checks.describe(rate));
    }
    // a rate with an absurd scale or magnitude (1e-1000000) would make the multiplication and rounding crawl
    if (rate.scale() > MAX_RATE_SCALE || (long) rate.precision() - rate.scale() > MAX_RATE_INTEGER_DIGITS) {
      throw Checks.fail(pair, "must have at most " + MAX_RATE_SCALE + " decimal places and "
          + MAX_RATE_INTEGER_DIGITS + " integer digits", Checks.describe(rate));
    }
    // the result is bounded like every amount (JPY 10^34 from a huge rate would overflow every sum later)
    return Monies.requireBounded(amount.convertedTo(to, rate, rounding), "amount converted at the " + pair);
  }

  /** No rates at all: every conversion between different currencies fails. */
  static ExchangeRates none() {
    return (from, to, date) -> Optional.empty();
  }
}
