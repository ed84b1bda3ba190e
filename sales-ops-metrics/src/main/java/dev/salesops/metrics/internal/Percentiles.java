package dev.salesops.metrics.internal;

import dev.salesops.metrics.stats.PercentileMethod;
import dev.salesops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Exact percentiles of sorted {@code long} values, as exact decimals.
 *
 * <p>{@code p} is a fraction in [0, 1] ({@code 0.5} is the median, {@code 0.9} the 90th percentile). The
 * result of {@link PercentileMethod#LINEAR} is exact: it may have more decimals than the values (the median
 * of 1 and 2 is 1.5). An empty input has no percentile (empty result, not 0).
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The percentile {@code p} of {@code sorted[0..n)}, which must be sorted ascending.
   *
   * @throws dev.salesops.core.validation.ValidationException when {@code p} is not within [0, 1]
   */
  public static Optional<BigDecimal> of(long[] sorted, int n, BigDecimal p, PercentileMethod method) {
    Objects.requireNonNull(sorted, "sorted");
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(method, "method");
    Checks.within(p, BigDecimal.ZERO, BigDecimal.ONE, "p");
    if (n < 0 || n > sorted.length) {
      throw Checks.fail("n", "must be within [0, " + sorted.length + "]", n);
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(of(rank -> sorted[rank], n, p, method));
  }

  /** Reads the value of a 0-based rank in sorted order. */
  public interface Ranked {
    long at(int rank);
  }

  /** The percentile {@code p} (already checked) of {@code n > 0} values read by rank from {@code x}. */
  public static BigDecimal of(Ranked x, int n, BigDecimal p, PercentileMethod method) {
    switch (method) {
      case NEAREST_RANK: {
        // rank k = ceil(p n), at least 1
        BigDecimal pn = p.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING);
        int k = Math.max(1, pn.intValueExact());
        return BigDecimal.valueOf(x.at(k - 1));
      }
      case LINEAR:
      default: {
        BigDecimal h = p.multiply(BigDecimal.valueOf(n - 1L));
        BigDecimal floor = h.setScale(0, RoundingMode.FLOOR);
        int lo = floor.intValueExact();
        BigDecimal frac = h.subtract(floor);
        BigDecimal base = BigDecimal.valueOf(x.at(lo));
        if (frac.signum() == 0 || lo + 1 >= n) {
          return base;
        }
        BigDecimal diff = BigDecimal.valueOf(x.at(lo + 1)).subtract(base);
        return strip(base.add(frac.multiply(diff)));
      }
    }
  }

  /**
   * The 0-based ranks {@link #of(Ranked, int, BigDecimal, PercentileMethod)} may read for {@code p} (a
   * fraction with at most 9 decimals, so integer arithmetic is exact) over {@code n > 0} values.
   */
  public static int[] ranksRead(int n, BigDecimal p, PercentileMethod method) {
    if (method == PercentileMethod.NEAREST_RANK) {
      BigDecimal pn = p.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING);
      return new int[] {Math.max(1, pn.intValueExact()) - 1};
    }
    int lo = p.multiply(BigDecimal.valueOf(n - 1L)).setScale(0, RoundingMode.FLOOR).intValueExact();
    return lo + 1 < n ? new int[] {lo, lo + 1} : new int[] {lo};
  }

  public static BigDecimal strip(BigDecimal d) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
