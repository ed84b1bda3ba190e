package dev.salesops.metrics.collections;

import dev.salesops.core.internal.Checks;
import dev.salesops.metrics.ratio.Ratio;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Bad-debt write-offs of one currency over a period, and their rate.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param writtenOff the amounts written off within the period
 * @param invoicesWrittenOff how many invoices had a write-off within the period
 * @param creditSales the amounts invoiced within the period
 * @param rate {@code writtenOff / creditSales}; undefined without credit sales
 */
public record BadDebtResult(Money writtenOff, long invoicesWrittenOff, Money creditSales, Ratio rate) {

  /** Validates the parts. */
  public BadDebtResult {
    Objects.requireNonNull(writtenOff, "writtenOff");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(rate, "rate");
    Checks.nonNegative(invoicesWrittenOff, "invoicesWrittenOff");
  }
}
