package dev.salesops.metrics.collections;

import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The collection effectiveness index of one currency with its parts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param beginningReceivables open at the end of the day before the period
 * @param creditSales invoiced within the period
 * @param endingReceivables open at the end of the period
 * @param endingCurrentReceivables the part of the ending receivables not yet due (due after the period end)
 * @param index {@code (beginning + sales − ending) / (beginning + sales − endingCurrent)}, a fraction
 */
public record CeiResult(Money beginningReceivables, Money creditSales, Money endingReceivables, Money endingCurrentReceivables, Ratio index) {

  /** Validates the parts. */
  public CeiResult {
    Objects.requireNonNull(beginningReceivables, "beginningReceivables");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(endingReceivables, "endingReceivables");
    Objects.requireNonNull(endingCurrentReceivables, "endingCurrentReceivables");
    Objects.requireNonNull(index, "index");
  }

  /** The index as a percentage rounded HALF_EVEN to {@code scale} decimals; empty when undefined. */
  public Optional<BigDecimal> percent(int scale) {
    return index.isDefined()
        ? Optional.of(index.numerator().multiply(BigDecimal.valueOf(100)).divide(index.denominator(), scale, RoundingMode.HALF_EVEN))
        : Optional.empty();
  }
}
