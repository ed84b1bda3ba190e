package dev.salesops.metrics.appraisal;

/** How appraisal totals roll up into a team score ({@link TeamSummary}). */
public enum RollupMethod {
  /** The plain mean of the members' totals. */
  MEAN,
  /** The members' totals weighted by their target on one indicator. */
  TARGET_WEIGHTED,
  /** Sub-team scores weighted by their headcounts. */
  HEADCOUNT_WEIGHTED
}
