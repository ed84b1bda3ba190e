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
 * @param index {@code (beginning + sales/N − ending) / (beginning + sales/N − endingCurrent)}, a fraction
 * @param salesMonths {@code N}, the months the credit sales are averaged over: 1 for the standard form, the
 *     period's calendar months for {@link Cei#averagedOverMonths} (Oracle's form)
 */
public record CeiResult(Money beginningReceivables, Money creditSales, Money endingReceivables, Money endingCurrentReceivables, Ratio index,
    int salesMonths) {

  /** The standard form ({@code salesMonths = 1}). */
  public CeiResult(Money beginningReceivables, Money creditSales, Money endingReceivables, Money endingCurrentReceivables, Ratio index) {
    this(beginningReceivables, creditSales, endingReceivables, endingCurrentReceivables, index, 1);
  }

  /** Validates the parts. */
  public CeiResult {
    Objects.requireNonNull(beginningReceivables, "beginningReceivables");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(endingReceivables, "endingReceivables");
    Objects.requireNonNull(endingCurrentReceivables, "endingCurrentReceivables");
    Objects.requireNonNull(index, "index");
    if (salesMonths < 1) {
      throw dev.salesops.core.internal.Checks.fail("salesMonths", "must be at least 1", salesMonths);
    }
  }

  /** The index as a percentage rounded HALF_EVEN to {@code scale} decimals; empty when undefined. */
  public Optional<BigDecimal> percent(int scale) {
    return index.isDefined()
        ? Optional.of(index.numerator().multiply(BigDecimal.valueOf(100)).divide(index.denominator(), scale, RoundingMode.HALF_EVEN))
        : Optional.empty();
  }
}
