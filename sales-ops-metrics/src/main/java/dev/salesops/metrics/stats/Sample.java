package dev.salesops.metrics.stats;

import dev.salesops.metrics.internal.LongSample;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A mergeable sample of {@code long} values for a {@link Distribution}: exact ({@link LongSample}) or
 * approximate (KLL sketch), by {@link QuantileMode}. Count, sum, min and max are always exact. Only the
 * approximate mode touches DataSketches, through the package-private {@code KllSample}, which exact samples never
 * load: they run without DataSketches on the class path.
 *
 * <p><b>Not thread-safe</b>: one per thread, combine with {@link #merge}.
 */
public final class Sample {
  private final QuantileMode mode;
  private final LongSample exact;
  private KllSample sketch;
  private long count;
  private long sum;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  Sample(QuantileMode mode) {
    this.mode = QuantileMode.requireNonNull(mode);
    this.exact = mode.approximate() ? null : new LongSample();
    this.sketch = mode.approximate() ? KllSample.newHeapInstance(mode.k()) : null;
  }

  /** Adds one value. */
  public void add(long value) {
    if (exact != null) {
      exact.add(value);
    } else {
      sketch.update(value);
    }
    count++;
    sum = Math.addExact(sum, value);
    if (value < min) {
      min = value;
    }
    if (value > max) {
      max = value;
    }
  }

  /** Adds everything of {@code other} (unchanged, same mode) into this sample. */
  public void merge(Sample other) {
    Objects.requireNonNull(other, "other");
    if (!other.mode.equals(mode)) {
      throw new IllegalArgumentException("samples of different modes cannot be merged: " + mode + " and " + other.mode);
    }
    if (exact != null) {
      exact.merge(other.exact);
    } else {
      sketch.merge(other.sketch);
    }
    count += other.count;
    sum = Math.addExact(sum, other.sum);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** How many values. */
  public long count() {
    return count;
  }

  /** The distribution of the values, percentiles by {@code method} (the sketch ignores it: nearest rank by construction). */
  public Distribution toDistribution(PercentileMethod method) {
    Objects.requireNonNull(method, "method");
    if (exact != null) {
      return exact.toDistribution(method);
    }
    if (count == 0) {
      return new Distribution(0, BigDecimal.ZERO, null, null, null, null, PercentileMethod.NEAREST_RANK, true);
    }
    return new Distribution(count, BigDecimal.valueOf(sum), BigDecimal.valueOf(min), BigDecimal.valueOf(max),
        BigDecimal.valueOf(sketch.quantile(0.5)),
        BigDecimal.valueOf(sketch.quantile(0.9)), PercentileMethod.NEAREST_RANK, true);
  }

  // ---- portable state (see SampleCodec): package-private, additive ----

  QuantileMode portableMode() {
    return mode;
  }

  LongSample portableExact() {
    return exact;
  }

  KllSample portableSketch() {
    return sketch;
  }

  long portableSum() {
    return sum;
  }

  long portableMin() {
    return min;
  }

  long portableMax() {
    return max;
  }

  /** Sets the exact aggregates of a decoded sample whose values or sketch were already restored. */
  void portableRestore(long count, long sum, long min, long max) {
    this.count = count;
    this.sum = sum;
    this.min = min;
    this.max = max;
  }

  /** Replaces the (empty) sketch of an approximate sample by a decoded one of the same k. */
  void portableSetSketch(KllSample decoded) {
    this.sketch = decoded;
  }
}
