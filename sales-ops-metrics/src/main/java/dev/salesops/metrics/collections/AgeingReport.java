package dev.salesops.metrics.collections;

import dev.salesops.core.money.MoneyBag;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A receivable ageing as of a date: one {@link AgeingRow} per group, and the row of all groups.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date
 * @param buckets the buckets
 * @param rows the rows per group (map order is not significant)
 * @param all all groups together
 * @param <K> the group key
 */
public record AgeingReport<K>(LocalDate asOf, AgeingBuckets buckets, Map<K, AgeingRow> rows, AgeingRow all) {

  /** Validates and copies the parts. */
  public AgeingReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(buckets, "buckets");
    rows = Map.copyOf(Objects.requireNonNull(rows, "rows"));
    Objects.requireNonNull(all, "all");
  }

  /** The row of {@code key}, if it has anything open. */
  public Optional<AgeingRow> row(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  /** The open amount of {@code key} in the bucket labelled {@code label}; empty bag when none. */
  public MoneyBag amount(K key, String label) {
    Objects.requireNonNull(key, "key");
    int i = buckets.labels().indexOf(Objects.requireNonNull(label, "label"));
    if (i < 0) {
      throw new IllegalArgumentException("label must be one of " + buckets.labels() + ": " + label);
    }
    return row(key).map(r -> r.amounts().get(i)).orElse(MoneyBag.empty());
  }
}
