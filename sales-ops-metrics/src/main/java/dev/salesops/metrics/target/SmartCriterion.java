package dev.salesops.metrics.target;

/** The SMART criteria a target is checked against. */
public enum SmartCriterion {
  /** Metric and scope are set. */
  SPECIFIC,
  /** A numeric quantity with a unit (currency, or a count unit). */
  MEASURABLE,
  /** Growth over last year within bound; not below the trailing run rate by more than a bound. */
  ACHIEVABLE,
  /** Rolls up to a parent; its parts add up to it. */
  RELEVANT,
  /** Period set; milestones inside it. */
  TIME_BOUND
}
