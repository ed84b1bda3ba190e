package dev.salesops.core.model;

/**
 * The forecast category of a deal, or of the sales-pipeline state it is in (the categories Salesforce users
 * know: Pipeline, Best Case, Commit, Closed, Omitted). One type for the workflow ({@code State.forecastCategory})
 * and the KPIs ({@code DealRecord.forecastCategory}, {@code KpiOptions} stage categories).
 *
 * <p>KPI roll-ups of open deals are cumulative in declaration order: {@code COMMIT} = commit; {@code BEST_CASE}
 * = commit + best case; {@code PIPELINE} = commit + best case + pipeline. {@code OMITTED} and {@code CLOSED}
 * deals are in no roll-up (an open deal in a {@code CLOSED} category counts in no category: closed deals are
 * reported as won and lost, not forecast).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ForecastCategory {
  /** The rep commits to closing it in the period. */
  COMMIT,
  /** Could close in the period if things go well. */
  BEST_CASE,
  /** Open, early or not yet likely: counted as pipeline only. */
  PIPELINE,
  /** Not forecast (lost, or excluded). */
  OMITTED,
  /** Closed (won; lost deals are {@link #OMITTED}). */
  CLOSED;

  /** Whether an open deal in this category counts in the open forecast categories (all but {@link #CLOSED}). */
  public boolean isOpenCategory() {
    return this != CLOSED;
  }
}
