package dev.salesops.metrics.collections;

import dev.salesops.core.money.MoneyBag;
import java.util.List;
import java.util.Objects;

/**
 * The ageing of one group: the open amount per bucket (per currency) and how many invoices fall in each.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amounts the open amount per bucket, in {@link AgeingBuckets#labels()} order
 * @param counts the number of open invoices per bucket
 * @param total the sum of the buckets: the group's whole open amount
 */
public record AgeingRow(List<MoneyBag> amounts, List<Long> counts, MoneyBag total) {

  /** Validates and copies the parts. */
  public AgeingRow {
    amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
    counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
    Objects.requireNonNull(total, "total");
  }
}
