package dev.salesops.metrics.appraisal;

/**
 * Which side a value exactly on an edge belongs to: the tier of a {@link BandedCurve}, the step of a {@link
 * ThresholdCurve} ({@link ThresholdCurve#onThreshold()}), a {@link Gate} ({@link Gate#onMinimum()}) and a commission
 * plan's rate tier ({@code CommissionPlan.tierEdge()}). Tiers are ordered by achievement, so "lower" always means the
 * worse side, in both {@link Direction}s: below a threshold (0), failing a gate, the lower commission rate.
 *
 * <p>Defaults: LOWER_TIER for banded curves and commission tiers (tier ranges read "from (excluded) to
 * (included)"); UPPER_TIER for thresholds and gates (plan documents word them "at least 80 %").
 */
public enum BoundaryRule {
  /** A value on a boundary belongs to the tier below it (the default). */
  LOWER_TIER,
  /** A value on a boundary belongs to the tier above it. */
  UPPER_TIER
}
