package dev.salesops.metrics.stats;

/**
 * How a percentile is read from the sorted values {@code x[0] <= ... <= x[n-1]}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PercentileMethod {
  /**
   * Linear interpolation between order statistics, the method of Excel's {@code PERCENTILE.INC} and R's
   * {@code quantile(type = 7)}: with {@code h = (n - 1) p}, the percentile is {@code x[floor(h)] + (h -
   * floor(h)) (x[floor(h) + 1] - x[floor(h)])}. The median of an even count is the mean of the two middle
   * values. The default.
   */
  LINEAR,
  /**
   * Nearest rank: the smallest value whose rank {@code k} (1-based) satisfies {@code k >= ceil(p n)}; for
   * {@code p = 0} the minimum. Always one of the values.
   */
  NEAREST_RANK
}
