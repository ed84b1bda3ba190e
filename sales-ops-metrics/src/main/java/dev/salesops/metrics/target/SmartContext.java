package dev.salesops.metrics.target;

import dev.salesops.core.internal.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SmartCheck} compares a target with; every part is optional (a missing part skips its check).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SmartContext {
  private final BigDecimal sameperiodLastYear;  // null when absent
  private final BigDecimal trailingMonthlyRunRate;  // null when absent
  private final Target parent;  // null when absent
  private final List<Target> parts;

  /**
   * Validates the parts.
   *
   * @param sameperiodLastYear the actual of the same metric and scope over the same months one year earlier; {@code null} when absent
   * @param trailingMonthlyRunRate the recent actual per month (e.g. the mean of the last 3 months); {@code null} when absent
   * @param parent the parent target; {@code null} when absent
   * @param parts the targets that roll up to this one
   */
  public SmartContext(@Nullable BigDecimal sameperiodLastYear, @Nullable BigDecimal trailingMonthlyRunRate, @Nullable Target parent, List<Target> parts) {
    parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    this.sameperiodLastYear = sameperiodLastYear;
    this.trailingMonthlyRunRate = trailingMonthlyRunRate;
    this.parent = parent;
    this.parts = parts;
  }

  /** The {@code sameperiodLastYear}: the actual of the same metric and scope over the same months one year earlier. */
  public Optional<BigDecimal> sameperiodLastYear() {
    return Optional.ofNullable(sameperiodLastYear);
  }

  /** The {@code trailingMonthlyRunRate}: the recent actual per month (e.g. the mean of the last 3 months). */
  public Optional<BigDecimal> trailingMonthlyRunRate() {
    return Optional.ofNullable(trailingMonthlyRunRate);
  }

  /** The {@code parent}: the parent target. */
  public Optional<Target> parent() {
    return Optional.ofNullable(parent);
  }

  /** The {@code parts}: the targets that roll up to this one. */
  public List<Target> parts() {
    return parts;
  }

  /** Nothing to compare with. */
  public static SmartContext none() {
    return new SmartContext(null, null, null, List.of());
  }

  /** With last year's actual for the same months. */
  public SmartContext withLastYear(BigDecimal actual) {
    return new SmartContext(Objects.requireNonNull(actual, "actual"), trailingMonthlyRunRate, parent, parts);
  }

  /** With the trailing run rate per month. */
  public SmartContext withRunRate(BigDecimal perMonth) {
    return new SmartContext(sameperiodLastYear, Objects.requireNonNull(perMonth, "perMonth"), parent, parts);
  }

  /** With the parent target. */
  public SmartContext withParent(Target parent) {
    return new SmartContext(sameperiodLastYear, trailingMonthlyRunRate, Objects.requireNonNull(parent, "parent"), parts);
  }

  /** With the targets that roll up to this one. */
  public SmartContext withParts(List<Target> parts) {
    return new SmartContext(sameperiodLastYear, trailingMonthlyRunRate, parent, parts);
  }

  /** Equal when every part is equal (as a record's equality). */
  @Override
  public boolean equals(Object obj) {
    return obj == this || obj instanceof SmartContext o
        && Objects.equals(sameperiodLastYear, o.sameperiodLastYear)
        && Objects.equals(trailingMonthlyRunRate, o.trailingMonthlyRunRate)
        && Objects.equals(parent, o.parent)
        && Objects.equals(parts, o.parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sameperiodLastYear, trailingMonthlyRunRate, parent, parts);
  }

  /** As a record's: {@code SmartContext[part=value, ...]}, absent parts as {@code Optional.empty}. */
  @Override
  public String toString() {
    return "SmartContext[sameperiodLastYear=" + sameperiodLastYear() + ", trailingMonthlyRunRate=" + trailingMonthlyRunRate() + ", parent=" + parent() + ", parts=" + parts + "]";
  }
}
