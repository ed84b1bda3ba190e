package dev.salesops.metrics.collections;

import dev.salesops.core.model.UserId;
import dev.salesops.core.money.MoneyBag;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * Cash collected (回款額) per rep and period.
 *
 * <p>This class is immutable and thread-safe when {@code P} is.
 *
 * @param collected the cash per rep and period, per currency
 * @param <P> the period type
 */
public record CollectedCashReport<P>(Map<RepPeriod<P>, MoneyBag> collected) {

  /** Validates and copies the parts. */
  public CollectedCashReport {
    collected = Map.copyOf(Objects.requireNonNull(collected, "collected"));
  }

  /** What {@code rep} collected in {@code period}; empty bag when nothing. */
  public MoneyBag collected(UserId rep, P period) {
    return collected.getOrDefault(new RepPeriod<>(rep, period), MoneyBag.empty());
  }

  /**
   * The actual value for an appraisal (考核) of collected cash: what {@code rep} collected in {@code period} in
   * {@code currency}, in major units (e.g. {@code 2500.00}); zero when nothing. Other currencies are not
   * included: convert them with {@link MoneyBag#convertTo} first when the scheme is in one currency.
   */
  public BigDecimal actual(UserId rep, P period, CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return collected(rep, period).amountOf(currency).getAmount();
  }
}
