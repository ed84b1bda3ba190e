package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.Nullable;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One forecast period: the point forecast and, where the method defines one, the prediction interval.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ForecastPoint {
  private final YearMonth period;
  private final int step;
  private final double mean;
  private final Double lower;  // null when absent
  private final Double upper;  // null when absent

  /**
   * Checks the parts.
   *
   * @param period the period forecast
   * @param step how many periods after the last observation (1 = the next period)
   * @param mean the point forecast
   * @param lower the lower bound of the prediction interval, empty when none was asked for or none is defined; {@code null} when absent
   * @param upper the upper bound of the prediction interval, likewise; {@code null} when absent
   */
  public ForecastPoint(YearMonth period, int step, double mean, @Nullable Double lower, @Nullable Double upper) {
    Objects.requireNonNull(period, "period");
    this.period = period;
    this.step = step;
    this.mean = mean;
    this.lower = lower;
    this.upper = upper;
  }

  /** The {@code period}: the period forecast. */
  public YearMonth period() {
    return period;
  }

  /** The {@code step}: how many periods after the last observation (1 = the next period). */
  public int step() {
    return step;
  }

  /** The {@code mean}: the point forecast. */
  public double mean() {
    return mean;
  }

  /** The {@code lower}: the lower bound of the prediction interval, empty when none was asked for or none is defined. */
  public OptionalDouble lower() {
    return lower == null ? OptionalDouble.empty() : OptionalDouble.of(lower);
  }

  /** The {@code upper}: the upper bound of the prediction interval, likewise. */
  public OptionalDouble upper() {
    return upper == null ? OptionalDouble.empty() : OptionalDouble.of(upper);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof ForecastPoint o
        && Objects.equals(period, o.period)
        && step == o.step
        && Double.compare(mean, o.mean) == 0
        && Objects.equals(lower, o.lower)
        && Objects.equals(upper, o.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, step, mean, lower, upper);
  }

  /** As a record's: {@code ForecastPoint[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "ForecastPoint[period=" + period + ", step=" + step + ", mean=" + mean + ", lower=" + lower() + ", upper=" + upper() + "]";
  }
}
