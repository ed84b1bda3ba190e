package dev.salesops.metrics.appraisal;

/** What a failing {@link Gate} zeroes. */
public enum GateEffect {
  /** The whole appraisal total is zeroed (every weighted score becomes 0). */
  ZERO_TOTAL,
  /** The listed indicators' scores are zeroed. */
  ZERO_INDICATORS
}
