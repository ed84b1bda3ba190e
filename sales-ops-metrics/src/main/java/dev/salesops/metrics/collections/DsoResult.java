package dev.salesops.metrics.collections;

import dev.salesops.metrics.ratio.Ratio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Days sales outstanding in one currency, by both methods, with the parts they come from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param endingReceivables receivables open at the end of the period
 * @param creditSales credit sales (amounts invoiced) in the period
 * @param daysInPeriod the period's days, both ends included
 * @param standard {@code endingReceivables × daysInPeriod / creditSales}; undefined without credit sales
 * @param countback the countback DSO; empty when the receivables exceed the credit sales of every month
 *     looked back
 * @param countbackMonths the months walked back, latest first
 */
public record DsoResult(Money endingReceivables, Money creditSales, long daysInPeriod, Ratio standard, Optional<Ratio> countback,
    List<CountbackMonth> countbackMonths) {

  /** Validates and copies the parts. */
  public DsoResult {
    Objects.requireNonNull(endingReceivables, "endingReceivables");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(countback, "countback");
    countbackMonths = List.copyOf(Objects.requireNonNull(countbackMonths, "countbackMonths"));
  }
}
