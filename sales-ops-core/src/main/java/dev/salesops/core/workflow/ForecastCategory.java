package dev.salesops.core.workflow;

/**
 * The forecast category of a sales-pipeline state (the categories Salesforce users know). A definition that
 * is not a sales pipeline leaves it unset.
 */
public enum ForecastCategory {
  /** Early stages: counted as pipeline only. */
  PIPELINE,
  /** Could close in the period if things go well. */
  BEST_CASE,
  /** The rep commits to closing it in the period. */
  COMMIT,
  /** Closed (won; lost deals are {@link #OMITTED}). */
  CLOSED,
  /** Not forecast (lost, or excluded). */
  OMITTED
}
