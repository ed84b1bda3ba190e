package dev.salesops.metrics.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SmartCheck} compares a target with; every part is optional (a missing part skips its check).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sameperiodLastYear the actual of the same metric and scope over the same months one year earlier
 * @param trailingMonthlyRunRate the recent actual per month (e.g. the mean of the last 3 months)
 * @param parent the parent target
 * @param parts the targets that roll up to this one
 */
public record SmartContext(Optional<BigDecimal> sameperiodLastYear, Optional<BigDecimal> trailingMonthlyRunRate,
    Optional<Target> parent, List<Target> parts) {
  /** Validates the parts. */
  public SmartContext {
    Objects.requireNonNull(sameperiodLastYear, "sameperiodLastYear");
    Objects.requireNonNull(trailingMonthlyRunRate, "trailingMonthlyRunRate");
    Objects.requireNonNull(parent, "parent");
    parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
  }

  /** Nothing to compare with. */
  public static SmartContext none() {
    return new SmartContext(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /** With last year's actual for the same months. */
  public SmartContext withLastYear(BigDecimal actual) {
    return new SmartContext(Optional.of(Objects.requireNonNull(actual, "actual")), trailingMonthlyRunRate, parent, parts);
  }

  /** With the trailing run rate per month. */
  public SmartContext withRunRate(BigDecimal perMonth) {
    return new SmartContext(sameperiodLastYear, Optional.of(Objects.requireNonNull(perMonth, "perMonth")), parent, parts);
  }

  /** With the parent target. */
  public SmartContext withParent(Target parent) {
    return new SmartContext(sameperiodLastYear, trailingMonthlyRunRate, Optional.of(Objects.requireNonNull(parent, "parent")), parts);
  }

  /** With the targets that roll up to this one. */
  public SmartContext withParts(List<Target> parts) {
    return new SmartContext(sameperiodLastYear, trailingMonthlyRunRate, parent, parts);
  }
}
