package dev.salesops.metrics.forecast;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One forecast period: the point forecast and, where the method defines one, the prediction interval.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period forecast
 * @param step how many periods after the last observation (1 = the next period)
 * @param mean the point forecast
 * @param lower the lower bound of the prediction interval, empty when none was asked for or none is defined
 * @param upper the upper bound of the prediction interval, likewise
 */
public record ForecastPoint(YearMonth period, int step, double mean, OptionalDouble lower, OptionalDouble upper) {
  /** Checks the parts. */
  public ForecastPoint {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
  }
}
