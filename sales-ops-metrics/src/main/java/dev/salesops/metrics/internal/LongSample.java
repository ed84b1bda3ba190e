package dev.salesops.metrics.internal;

import dev.salesops.metrics.stats.Distribution;
import dev.salesops.metrics.stats.PercentileMethod;
import java.util.Arrays;
import java.util.Objects;

/**
 * A growable, mergeable multiset of {@code long} values kept in full, for exact percentiles. Memory is 8
 * bytes per value (amortised up to 16 while growing); the sum is kept exact with overflow detection.
 *
 * <p><b>Not thread-safe</b>: one per thread, combine with {@link #merge}.
 */
public final class LongSample {
  /** An empty sample. */
  public LongSample() {}

  private long[] values = new long[4];
  private int size;
  private long sum;

  /** Adds one value. */
  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(8, size * 2));
    }
    values[size++] = value;
    sum = Math.addExact(sum, value);
  }

  /** Adds every value of {@code other} (unchanged) into this sample. */
  public void merge(LongSample other) {
    Objects.requireNonNull(other, "other");
    if (other.size == 0) {
      return;
    }
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
    sum = Math.addExact(sum, other.sum);
  }

  /** How many values. */
  public int size() {
    return size;
  }

  /** The exact sum of the values. */
  public long sum() {
    return sum;
  }

  /** A sorted copy of the values (this sample is unchanged). */
  public long[] sortedCopy() {
    long[] copy = Arrays.copyOf(values, size);
    Arrays.sort(copy);
    return copy;
  }

  /**
   * The distribution of the values, with percentiles by {@code method}, found by selection rather than a full
   * sort ({@link Distribution#ofValues}); the values are reordered in place, the multiset is unchanged.
   */
  public Distribution toDistribution(PercentileMethod method) {
    return Distribution.ofValues(values, size, sum, method);
  }
}
