package dev.salesops.metrics.kpi;

/**
 * The forecast category of an open deal, as CRMs show it (Salesforce: Pipeline, Best Case, Commit, Omitted).
 * Cumulative roll-ups: {@code COMMIT} = commit; {@code BEST_CASE} = commit + best case; {@code PIPELINE} =
 * commit + best case + pipeline; {@code OMITTED} deals are in no roll-up. Closed deals are in none of them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ForecastCategory {
  /** Counted on by the rep. */
  COMMIT,
  /** Could close in the period with some luck. */
  BEST_CASE,
  /** Open and qualified but not yet likely. */
  PIPELINE,
  /** Excluded from forecasts. */
  OMITTED
}
