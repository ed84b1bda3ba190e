package dev.salesops.metrics.stats;

import dev.salesops.core.internal.Checks;
import java.util.Objects;

/**
 * Exact order statistics (the default: every value is kept, memory proportional to the values) or
 * approximate ones from a KLL sketch (Apache DataSketches, memory bounded by the sketch size {@code k},
 * independent of the number of values).
 *
 * <p>Error bound of the approximate mode: the rank of a returned quantile is within {@link #rankError()} of
 * the requested rank with 99% confidence ({@code k = 200}: about 1.33%, {@code k = 800}: about 0.33%). Approximate
 * results are not guaranteed to be identical for different partitions of the same records (the sketch's
 * compaction is randomised); their error bound holds for all of them. Count, sum, mean, min and max stay
 * exact in both modes.
 *
 * <p>DataSketches ({@code org.apache.datasketches:datasketches-java}) is an <b>optional</b> dependency of
 * sales-ops-metrics: a host that uses the approximate mode declares it itself (on the module path, its module
 * {@code datasketches.java} must be resolved, e.g. by the host's {@code requires datasketches.java}). Without
 * it, an approximate mode cannot be created ({@link #approximateSupported()} is false and the constructor throws
 * an {@link IllegalStateException}); the exact mode never loads a DataSketches class.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param approximate whether to use a sketch
 * @param k the sketch size (8 to 65535); ignored when exact
 */
public record QuantileMode(boolean approximate, int k) {
  private static volatile Boolean approximateSupported;

  /**
   * Validates {@code k}.
   *
   * @throws IllegalStateException when {@code approximate} and DataSketches is not on the class path (see
   *     {@link #approximateSupported()})
   */
  public QuantileMode {
    if (approximate) {
      if (k < 8 || k > 65535) {
        throw Checks.fail("k", "must be within [8, 65535]", k);
      }
      if (!approximateSupported()) {
        throw new IllegalStateException(
            "QuantileMode.approximate needs org.apache.datasketches:datasketches-java on the class path (or its module datasketches.java resolved on the module path)");
      }
    }
  }

  /**
   * Whether the approximate mode is available: DataSketches' KLL sketch loads (datasketches-java and
   * datasketches-memory are on the class path, or resolved on the module path). The exact mode is always available.
   */
  public static boolean approximateSupported() {
    Boolean b = approximateSupported;
    if (b == null) {
      try {
        KllSample.probe();
        b = Boolean.TRUE;
      } catch (LinkageError e) {
        b = Boolean.FALSE;
      }
      approximateSupported = b;
    }
    return b;
  }

  /** Exact percentiles (every value kept). */
  public static QuantileMode exact() {
    return new QuantileMode(false, 0);
  }

  /**
   * Approximate percentiles with a KLL sketch of size {@code k} (200 is DataSketches' default).
   *
   * @throws IllegalStateException when DataSketches is not on the class path ({@link #approximateSupported()})
   */
  public static QuantileMode approximate(int k) {
    return new QuantileMode(true, k);
  }

  /** The normalised rank error (99% confidence) of a single quantile; 0 when exact. */
  public double rankError() {
    return approximate ? KllSample.rankError(k) : 0.0;
  }

  /** A new empty sample in this mode. */
  public Sample newSample() {
    return new Sample(this);
  }

  @Override
  public String toString() {
    return approximate ? "approximate(k=" + k + ", rankError=" + rankError() + ")" : "exact";
  }

  static QuantileMode requireNonNull(QuantileMode mode) {
    return Objects.requireNonNull(mode, "quantileMode");
  }
}
