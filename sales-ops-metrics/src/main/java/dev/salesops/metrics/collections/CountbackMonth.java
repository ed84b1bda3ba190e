package dev.salesops.metrics.collections;

import dev.salesops.metrics.ratio.Ratio;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One month walked back by the countback DSO: the credit sales of the month, the receivables they absorbed,
 * and the days counted for it (all of the month's days, or the absorbed fraction of them).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the first day of the month window (inclusive)
 * @param to the last day of the month window (inclusive)
 * @param creditSales the credit sales of the window
 * @param absorbed the receivables attributed to the window
 * @param days the days counted: {@code absorbed / creditSales × daysOfWindow}, or all days when fully absorbed
 */
public record CountbackMonth(LocalDate from, LocalDate to, Money creditSales, Money absorbed, Ratio days) {

  /** Validates the parts. */
  public CountbackMonth {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(absorbed, "absorbed");
    Objects.requireNonNull(days, "days");
  }
}
