package dev.salesops.metrics.stats;

import dev.salesops.core.internal.Nullable;
import dev.salesops.metrics.internal.Percentiles;
import dev.salesops.metrics.ratio.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Summary of a sample of exact values: count, sum, minimum, maximum, mean (a {@link Ratio} sum / count),
 * median (p50) and p90, all in the unit of the values (days, or minor units of a currency scaled by the
 * caller). With no values, mean is undefined and the order statistics are empty (JSON {@code null}).
 *
 * <p>Percentiles follow {@link #method()} ({@link PercentileMethod#LINEAR} by default: the median of an even
 * count is the mean of the two middle values). For {@link #approximate()} distributions (a KLL sketch) the
 * order statistics have the sketch's rank error and {@code min}/{@code max}/{@code sum}/{@code mean} stay exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Distribution {
  private static final BigDecimal P50 = new BigDecimal("0.5");
  private static final BigDecimal P90 = new BigDecimal("0.9");

  private final long count;
  private final BigDecimal sum;
  private final BigDecimal min;
  private final BigDecimal max;
  private final BigDecimal median;
  private final BigDecimal p90;
  private final PercentileMethod method;
  private final boolean approximate;

  Distribution(long count, BigDecimal sum, BigDecimal min, BigDecimal max, BigDecimal median, BigDecimal p90,
      PercentileMethod method, boolean approximate) {
    this.count = count;
    this.sum = sum;
    this.min = min;
    this.max = max;
    this.median = median;
    this.p90 = p90;
    this.method = method;
    this.approximate = approximate;
  }

  /** The distribution of {@code sorted} (ascending) whose sum is {@code sum}. */
  public static Distribution ofSorted(long[] sorted, long sum, PercentileMethod method) {
    Objects.requireNonNull(sorted, "sorted");
    Objects.requireNonNull(method, "method");
    int n = sorted.length;
    if (n == 0) {
      return empty(method);
    }
    return new Distribution(n, BigDecimal.valueOf(sum), BigDecimal.valueOf(sorted[0]), BigDecimal.valueOf(sorted[n - 1]),
        Percentiles.of(sorted, n, P50, method).orElseThrow(), Percentiles.of(sorted, n, P90, method).orElseThrow(), method, false);
  }

  /**
   * The distribution of {@code values[0..n)} in any order, whose sum is {@code sum}: the same result as
   * {@link #ofSorted} of the sorted values, found by selection (quickselect, or an exact counting histogram when
   * the values span a small range such as sales cycles in days) instead of a full sort. {@code values} is
   * reordered (its multiset of the first {@code n} values is unchanged).
   */
  public static Distribution ofValues(long[] values, int n, long sum, PercentileMethod method) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(method, "method");
    if (n < 0 || n > values.length) {
      throw new IllegalArgumentException("n must be within [0, " + values.length + "]: " + n);
    }
    if (n == 0) {
      return empty(method);
    }
    long min = values[0];
    long max = values[0];
    for (int i = 1; i < n; i++) {
      long v = values[i];
      if (v < min) {
        min = v;
      }
      if (v > max) {
        max = v;
      }
    }
    int[] r50 = Percentiles.ranksRead(n, P50, method);
    int[] r90 = Percentiles.ranksRead(n, P90, method);
    int[] ranks = new int[r50.length + r90.length];
    System.arraycopy(r50, 0, ranks, 0, r50.length);
    System.arraycopy(r90, 0, ranks, r50.length, r90.length);
    java.util.Arrays.sort(ranks);
    long[] at = new long[ranks.length];
    Selection.select(values, n, min, max, ranks, at);
    Percentiles.Ranked ranked = rank -> {
      for (int i = 0; i < ranks.length; i++) {
        if (ranks[i] == rank) {
          return at[i];
        }
      }
      throw new IllegalStateException("rank not selected: " + rank);
    };
    return new Distribution(n, BigDecimal.valueOf(sum), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
        Percentiles.of(ranked, n, P50, method), Percentiles.of(ranked, n, P90, method), method, false);
  }

  /**
   * A distribution from its summary, as a stored one is read back (json-codecs, issue 21): {@code count} values
   * adding up to {@code sum}; min, median, p90 and max are all present (in that order, non-decreasing) when
   * {@code count > 0}, all absent ({@code null}) when it is 0 (and then {@code sum} is 0).
   *
   * @param min the least value; {@code null} = absent
   * @param median the median; {@code null} = absent
   * @param p90 the 90th percentile; {@code null} = absent
   * @param max the greatest value; {@code null} = absent
   * @throws dev.salesops.core.validation.ValidationException if the parts do not fit together
   */
  public static Distribution of(long count, BigDecimal sum, @Nullable BigDecimal min, @Nullable BigDecimal median,
      @Nullable BigDecimal p90, @Nullable BigDecimal max, PercentileMethod method, boolean approximate) {
    Objects.requireNonNull(sum, "sum");
    Objects.requireNonNull(method, "method");
    dev.salesops.core.validation.DecimalBounds.check("distribution.sum", sum);
    if (count < 0) {
      throw dev.salesops.core.internal.Checks.fail("distribution.count", "must not be negative", count);
    }
    List<BigDecimal> q = java.util.Arrays.asList(min, median, p90, max);
    if (count == 0) {
      if (q.stream().anyMatch(Objects::nonNull) || sum.signum() != 0) {
        throw dev.salesops.core.internal.Checks.fail("distribution", "of no values must have sum 0 and no min, median, p90 or max", sum);
      }
      // an empty approximate sample's distribution says approximate too: read back, it stays equal
      return approximate ? new Distribution(0, BigDecimal.ZERO, null, null, null, null, method, true) : empty(method);
    }
    BigDecimal previous = null;
    for (BigDecimal o : q) {
      if (o == null) {
        throw dev.salesops.core.internal.Checks.fail("distribution", "of " + count + " values must have min, median, p90 and max", "missing");
      }
      dev.salesops.core.validation.DecimalBounds.check("distribution", o);
      if (previous != null && o.compareTo(previous) < 0) {
        throw dev.salesops.core.internal.Checks.fail("distribution", "min, median, p90 and max must not decrease", o);
      }
      previous = o;
    }
    return new Distribution(count, sum, min, max, median, p90, method, approximate);
  }

  /** The distribution of no values. */
  public static Distribution empty(PercentileMethod method) {
    return new Distribution(0, BigDecimal.ZERO, null, null, null, null, Objects.requireNonNull(method, "method"), false);
  }

  /** This distribution with every value divided by {@code 10^scale} (minor units to major units). */
  public Distribution movePointLeft(int scale) {
    return new Distribution(count, Percentiles.strip(sum.movePointLeft(scale)), left(min, scale), left(max, scale),
        left(median, scale), left(p90, scale), method, approximate);
  }

  private static BigDecimal left(BigDecimal d, int scale) {
    return d == null ? null : Percentiles.strip(d.movePointLeft(scale));
  }

  /** How many values. */
  public long count() {
    return count;
  }

  /** The exact sum. */
  public BigDecimal sum() {
    return sum;
  }

  /** The mean as sum / count; undefined when there are no values. */
  public Ratio mean() {
    return Ratio.of(sum, BigDecimal.valueOf(count));
  }

  /** The smallest value. */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** The largest value. */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** The median (p50). */
  public Optional<BigDecimal> median() {
    return Optional.ofNullable(median);
  }

  /** The 90th percentile. */
  public Optional<BigDecimal> p90() {
    return Optional.ofNullable(p90);
  }

  /** The percentile method used. */
  public PercentileMethod method() {
    return method;
  }

  /** Whether the order statistics come from an approximate sketch. */
  public boolean approximate() {
    return approximate;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Distribution)) {
      return false;
    }
    Distribution d = (Distribution) o;
    return count == d.count && sum.equals(d.sum) && Objects.equals(min, d.min) && Objects.equals(max, d.max)
        && Objects.equals(median, d.median) && Objects.equals(p90, d.p90) && method == d.method && approximate == d.approximate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, sum, min, max, median, p90, method, approximate);
  }

  @Override
  public String toString() {
    return "Distribution{count=" + count + ", sum=" + sum + ", median=" + median + ", p90=" + p90 + (approximate ? ", approximate" : "") + "}";
  }
}
