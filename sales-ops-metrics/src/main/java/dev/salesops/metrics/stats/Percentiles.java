package dev.salesops.metrics.stats;

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
    switch (method) {
      case NEAREST_RANK: {
        // rank k = ceil(p n), at least 1
        BigDecimal pn = p.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING);
        int k = Math.max(1, pn.intValueExact());
        return Optional.of(BigDecimal.valueOf(sorted[k - 1]));
      }
      case LINEAR:
      default: {
        BigDecimal h = p.multiply(BigDecimal.valueOf(n - 1L));
        BigDecimal floor = h.setScale(0, RoundingMode.FLOOR);
        int lo = floor.intValueExact();
        BigDecimal frac = h.subtract(floor);
        BigDecimal base = BigDecimal.valueOf(sorted[lo]);
        if (frac.signum() == 0 || lo + 1 >= n) {
          return Optional.of(base);
        }
        BigDecimal diff = BigDecimal.valueOf(sorted[lo + 1]).subtract(base);
        return Optional.of(strip(base.add(frac.multiply(diff))));
      }
    }
  }

  static BigDecimal strip(BigDecimal d) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
