package dev.salesops.metrics.appraisal;

/**
 * Which tier an achievement exactly on a tier boundary belongs to ({@link BandedCurve}). Tiers are ordered
 * by achievement, so "lower" always means the worse tier, in both {@link Direction}s.
 */
public enum BoundaryRule {
  /** A value on a boundary belongs to the tier below it (the default). */
  LOWER_TIER,
  /** A value on a boundary belongs to the tier above it. */
  UPPER_TIER
}
