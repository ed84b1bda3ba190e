package dev.salesops.metrics.appraisal;

import dev.salesops.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One measured actual against its target for one sub-period (a week's visits, a month's revenue, a
 * quarter's rating), as supplied by the caller.
 *
 * <p>Rules: the actual is not negative; the target is positive (an indicator without a target cannot be
 * scored: the ratio would be undefined).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the sub-period measured
 * @param actual the measured value
 * @param target the target for that sub-period
 */
public record Measurement(CalendarPeriod period, BigDecimal actual, BigDecimal target) {

  /** Validates the parts, reporting every problem at once. */
  public Measurement {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    Problems p = new Problems();
    if (actual.signum() < 0) {
      p.add("actual", "must not be negative", actual.toPlainString());
    }
    if (target.signum() <= 0) {
      p.add("target", "must be positive", target.toPlainString());
    }
    p.throwIfAny();
  }

  /** A measurement. */
  public static Measurement of(CalendarPeriod period, BigDecimal actual, BigDecimal target) {
    return new Measurement(period, actual, target);
  }
}
