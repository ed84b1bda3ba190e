package dev.salesops.metrics.collections;

import dev.salesops.core.internal.Nullable;
import dev.salesops.metrics.ratio.Ratio;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Days sales outstanding in one currency, by both methods, with the parts they come from.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DsoResult {
  private final Money endingReceivables;
  private final Money creditSales;
  private final long daysInPeriod;
  private final Ratio standard;
  private final Ratio countback;  // null when absent
  private final List<CountbackMonth> countbackMonths;

  /**
   * Validates and copies the parts.
   *
   * @param endingReceivables receivables open at the end of the period
   * @param creditSales credit sales (amounts invoiced) in the period
   * @param daysInPeriod the period's days, both ends included
   * @param standard {@code endingReceivables × daysInPeriod / creditSales}; undefined without credit sales
   * @param countback the countback DSO; empty when the receivables exceed the credit sales of every month looked back; {@code null} when absent
   * @param countbackMonths the months walked back, latest first
   */
  public DsoResult(Money endingReceivables, Money creditSales, long daysInPeriod, Ratio standard, @Nullable Ratio countback, List<CountbackMonth> countbackMonths) {
    Objects.requireNonNull(endingReceivables, "endingReceivables");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(standard, "standard");
    countbackMonths = List.copyOf(Objects.requireNonNull(countbackMonths, "countbackMonths"));
    this.endingReceivables = endingReceivables;
    this.creditSales = creditSales;
    this.daysInPeriod = daysInPeriod;
    this.standard = standard;
    this.countback = countback;
    this.countbackMonths = countbackMonths;
  }

  /** The {@code endingReceivables}: receivables open at the end of the period. */
  public Money endingReceivables() {
    return endingReceivables;
  }

  /** The {@code creditSales}: credit sales (amounts invoiced) in the period. */
  public Money creditSales() {
    return creditSales;
  }

  /** The {@code daysInPeriod}: the period's days, both ends included. */
  public long daysInPeriod() {
    return daysInPeriod;
  }

  /** The {@code standard}: {@code endingReceivables × daysInPeriod / creditSales}; undefined without credit sales. */
  public Ratio standard() {
    return standard;
  }

  /** The {@code countback}: the countback DSO; empty when the receivables exceed the credit sales of every month looked back. */
  public Optional<Ratio> countback() {
    return Optional.ofNullable(countback);
  }

  /** The {@code countbackMonths}: the months walked back, latest first. */
  public List<CountbackMonth> countbackMonths() {
    return countbackMonths;
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof DsoResult o
        && Objects.equals(endingReceivables, o.endingReceivables)
        && Objects.equals(creditSales, o.creditSales)
        && daysInPeriod == o.daysInPeriod
        && Objects.equals(standard, o.standard)
        && Objects.equals(countback, o.countback)
        && Objects.equals(countbackMonths, o.countbackMonths);
  }

  @Override
  public int hashCode() {
    return Objects.hash(endingReceivables, creditSales, daysInPeriod, standard, countback, countbackMonths);
  }

  /** As a record's: {@code DsoResult[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "DsoResult[endingReceivables=" + endingReceivables + ", creditSales=" + creditSales + ", daysInPeriod=" + daysInPeriod + ", standard=" + standard + ", countback=" + countback() + ", countbackMonths=" + countbackMonths + "]";
  }
}
